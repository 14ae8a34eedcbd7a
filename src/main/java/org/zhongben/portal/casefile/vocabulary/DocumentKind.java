package org.zhongben.portal.casefile.vocabulary;

import org.zhongben.portal.common.i18n.Labelled;

/** 案件文书的种类. */
public enum DocumentKind implements Labelled {
    EXECUTION_NOTICE("执行通知书", "Execution notice"),
    REPORT_ORDER("报告财产令", "Property-report order"),
    PROPERTY_REPORT("财产报告", "Debtor's property report"),
    NETWORK_QUERY_RESULT("网络查控结果", "Network query result"),
    ONSITE_RECORD("现场调查笔录", "On-site investigation record"),
    CONTROL_RULING("查封、冻结、扣押裁定", "Seizure or freeze ruling"),
    RESTRICTION_ORDER("限制消费令", "Consumption-restriction order"),
    LISTING_DECISION("纳入失信名单决定书", "Dishonest-debtor listing decision"),
    INTERVIEW_RECORD("终本约谈笔录", "Record of the creditor interview"),
    TERMINATION_RULING("终结本次执行程序裁定书", "Termination ruling"),
    FOLLOW_UP_RESULT("定期查询结果告知书", "Notice of a follow-up inquiry result"),
    OTHER("其他文书", "Other document");

    private final String zh;
    private final String en;

    DocumentKind(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    @Override
    public String zh() {
        return zh;
    }

    @Override
    public String en() {
        return en;
    }
}
