package org.zhongben.portal.privacy;

import org.zhongben.portal.common.error.ErrorCode;

/** Errors of the personal-data export. */
public enum PrivacyError implements ErrorCode {
    INVALID_ID("privacy/invalid-id", 400, "请输入完整有效的公民身份号码或统一社会信用代码",
            "Give a complete, valid resident ID number or unified social credit code");

    private final String code;
    private final int status;
    private final String zh;
    private final String en;

    PrivacyError(String code, int status, String zh, String en) {
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
