package org.zhongben.portal.audit;

import org.zhongben.portal.common.i18n.Labelled;

/** What the audit log records: every read of a case's personal data, every download and every decision. */
public enum AuditAction implements Labelled {
    CASE_VIEWED("查看了案件信息", "viewed the case"),
    CASE_DATA_EXPORTED("导出了案件数据", "exported the case data"),
    PORTFOLIO_EXPORTED("导出了案件列表", "exported the case list"),
    DOCUMENT_DOWNLOADED("下载了文书", "downloaded a document"),
    RECORD_DOWNLOADED("下载了调查记录", "downloaded the investigation record"),
    CASE_LINKED("将案件关联到账户", "linked the case to an account"),
    SIGNED_IN_WITH_QUERY_CODE("使用查询码登录", "signed in with the query code"),
    DECISION_RECORDED("作出了处理决定", "recorded a decision"),
    OBJECTION_DRAFTED("生成了执行异议申请书草稿", "drafted an enforcement objection"),
    RESUMPTION_SUBMITTED("提交了恢复执行申请", "submitted a resumption application");

    private final String zh;
    private final String en;

    AuditAction(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    /** Actions shown to a party in "who accessed my case". */
    public boolean isAccess() {
        return this == CASE_VIEWED || this == CASE_DATA_EXPORTED || this == DOCUMENT_DOWNLOADED
                || this == RECORD_DOWNLOADED || this == SIGNED_IN_WITH_QUERY_CODE || this == OBJECTION_DRAFTED;
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
