package org.zhongben.portal.compliance;

import org.zhongben.portal.common.i18n.Labelled;

/** The part of the case file a piece of evidence points at. */
public enum EvidenceKind implements Labelled {
    DOCUMENT("文书", "Document"),
    MEASURE("调查措施", "Investigation measure"),
    NETWORK_QUERY("网络查控", "Network query"),
    REPORT_ORDER("报告财产令", "Property-report order"),
    CLUE("财产线索", "Property clue"),
    ASSET("财产", "Property"),
    CONTROL("查封、冻结、扣押", "Freeze or seizure"),
    COERCIVE("强制措施", "Coercive measure"),
    RESTRICTION("限制消费令", "Consumption restriction"),
    LISTING("失信名单", "Dishonest-debtor listing"),
    FOLLOW_UP("定期查询", "Follow-up inquiry"),
    REMEDY("异议、复议", "Objection or reconsideration"),
    CASE("案件", "Case");

    private final String zh;
    private final String en;

    EvidenceKind(String zh, String en) {
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
