package org.zhongben.portal.accounts;

import org.zhongben.portal.common.error.ErrorCode;

/** Errors of sign-in and token issuing. Messages never say whether an account, client or case exists. */
public enum AccountsError implements ErrorCode {
    INVALID_CLIENT("auth/invalid-client", 401, "客户端标识或密钥不正确", "Unknown client or wrong secret");

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
