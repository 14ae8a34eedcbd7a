package org.zhongben.portal.notify;

import org.zhongben.portal.common.error.ErrorCode;

/** Errors of the inbox and the notification preferences. */
public enum NotifyError implements ErrorCode {
    ACCOUNT_ONLY("notify/account-only", 403, "消息和通知方式需要登录账户后使用(用案号和查询码登录时没有收件箱)",
            "Messages and notification choices need an account (a sign-in with a case number and query code has no inbox)"),
    NOT_FOUND("notify/not-found", 404, "未找到该消息", "No such message"),
    REQUIRED_NOTICE("notify/required-notice", 400, "法定告知事项总是立即发送邮件,不能更改",
            "Notices required by law are always e-mailed at once; this cannot be changed"),
    INVALID_PREFERENCE("notify/invalid-preference", 400, "通知类别或方式无效", "Unknown kind of notice or way of notifying");

    private final String code;
    private final int status;
    private final String zh;
    private final String en;

    NotifyError(String code, int status, String zh, String en) {
        this.code = code;
        this.status = status;
        this.zh = zh;
        this.en = en;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public int status() {
        return status;
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
