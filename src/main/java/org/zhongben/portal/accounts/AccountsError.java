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
    ALREADY_LINKED("account/case-already-linked", 409, "该案件已关联到您的账户", "This case is already linked to your account"),
    LICENCE_TAKEN("account/licence-taken", 409, "该执业证号已被其他账户登记", "This licence number is registered to another account"),
    LAWYER_NOT_VERIFIED("delegation/lawyer-not-verified", 403, "法院工作人员核验您的执业证后,才能申请或接受代理",
            "Court staff must check your licence before you can ask for or accept a case"),
    DELEGATION_NOT_FOUND("delegation/not-found", 404, "未找到该授权,或您无权查看", "No such authorisation, or you may not see it"),
    NO_MATCHING_CREDITOR("delegation/no-matching-creditor", 400, "案号与申请执行人名称不匹配",
            "The case number and the creditor's name do not match a case"),
    LAWYER_NOT_FOUND("delegation/lawyer-not-found", 400, "没有与该邮箱和执业证号一致的已核验律师",
            "No checked lawyer has this e-mail address and licence number"),
    ALREADY_DELEGATED("delegation/already-open", 409, "该律师已有待审核或有效的授权",
            "This lawyer already has a pending or active authorisation"),
    POWER_OF_ATTORNEY_INVALID("delegation/power-of-attorney-invalid", 400, "授权委托书应为不超过 10 MB 的 PDF 文件",
            "The power of attorney must be a PDF of at most 10 MB"),
    EXPIRY_INVALID("delegation/expiry-invalid", 400, "授权期限应晚于今天,且不超过三年",
            "The expiry must be after today and within three years"),
    DELEGATION_STATE("delegation/state", 409, "该授权目前的状态不允许这个操作", "The authorisation's current state does not allow this"),
    SECOND_FACTOR_WRONG_CODE("auth/second-factor-wrong-code", 401, "验证码不正确或已使用过,请输入验证器应用中当前显示的 6 位数字",
            "Wrong or already used code; enter the 6 digits your authenticator app shows now"),
    SECOND_FACTOR_ENROLLED("auth/second-factor-enrolled", 409, "该账户已绑定验证器应用,请直接输入验证码",
            "This account already has an authenticator app; enter its code"),
    SECOND_FACTOR_NOT_ENROLLED("auth/second-factor-not-enrolled", 409, "该账户尚未绑定验证器应用,请先完成绑定",
            "This account has no authenticator app yet; enrol one first");

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
