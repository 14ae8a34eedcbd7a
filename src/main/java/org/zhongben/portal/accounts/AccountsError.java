package org.zhongben.portal.accounts;

import org.zhongben.portal.common.error.ErrorCode;

/** Errors of sign-in and token issuing. Messages never say whether an account, client or case exists. */
public enum AccountsError implements ErrorCode {
    INVALID_CLIENT("auth/invalid-client", 401, "客户端标识或密钥不正确", "Unknown client or wrong secret"),
    INVALID_CASE_CREDENTIALS("auth/invalid-case-credentials", 401, "案号或查询码不正确", "Wrong case number or query code"),
    INVALID_ACCOUNT_CREDENTIALS("auth/invalid-credentials", 401, "邮箱或密码不正确", "Wrong e-mail address or password"),
    EMAIL_NOT_CONFIRMED("auth/email-not-confirmed", 403, "请先点击确认邮件中的链接,确认您的邮箱地址",
            "Please confirm your e-mail address with the link we sent you"),
    TOO_MANY_ATTEMPTS("auth/too-many-attempts", 429, "尝试次数过多,请稍后再试", "Too many attempts; try again later"),
    EMAIL_TAKEN("account/email-taken", 409, "该邮箱已注册,请直接登录或找回密码",
            "This e-mail address is already registered; sign in or reset your password"),
    LINK_INVALID("account/link-invalid", 400, "链接无效或已过期,请重新申请", "The link is invalid or has expired; ask for a new one"),
    ALREADY_LINKED("account/case-already-linked", 409, "该案件已关联到您的账户", "This case is already linked to your account");

    private final String code;
    private final int status;
    private final String zh;
    private final String en;

    AccountsError(String code, int status, String zh, String en) {
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
