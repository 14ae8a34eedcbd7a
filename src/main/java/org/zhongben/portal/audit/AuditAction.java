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
    RESUMPTION_SUBMITTED("提交了恢复执行申请", "submitted a resumption application"),
    DELEGATION_REQUESTED("凭授权委托书申请代理本案", "asked to represent the creditor with a power of attorney"),
    DELEGATION_GRANTED("授权律师代理本案", "authorised a lawyer for the case"),
    DELEGATION_APPROVED("批准了律师代理", "approved a lawyer's authorisation"),
    DELEGATION_REJECTED("驳回了律师代理申请", "rejected a lawyer's request"),
    DELEGATION_REVOKED("撤销了律师代理", "revoked a lawyer's authorisation"),
    LAWYER_VERIFIED("核验了律师执业证", "checked a lawyer's licence"),
    PERSONAL_DATA_EXPORTED("导出了个人信息(个人信息查阅复制请求)", "exported a person's data (access request)"),
    SECOND_FACTOR_ENROLLED("绑定了动态验证码(第二重验证)", "enrolled an authenticator app (second factor)"),
    SIGNED_IN_WITH_RECOVERY_CODE("使用恢复码登录", "signed in with a recovery code"),
    SECOND_FACTOR_RESET("重置了工作人员的第二重验证", "reset a staff member's second factor");

    private final String zh;
    private final String en;

    AuditAction(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    /** Actions shown to a party in "who accessed my case". */
    public boolean isAccess() {
        return this == CASE_VIEWED || this == CASE_DATA_EXPORTED || this == DOCUMENT_DOWNLOADED
                || this == RECORD_DOWNLOADED || this == SIGNED_IN_WITH_QUERY_CODE || this == OBJECTION_DRAFTED
                || this == DELEGATION_REQUESTED || this == DELEGATION_GRANTED || this == DELEGATION_APPROVED
                || this == DELEGATION_REVOKED;
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
