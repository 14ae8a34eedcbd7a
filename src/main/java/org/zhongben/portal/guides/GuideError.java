package org.zhongben.portal.guides;

import org.zhongben.portal.common.error.ErrorCode;

/** Errors of the help pages. */
public enum GuideError implements ErrorCode {
    NOT_FOUND("guide/not-found", 404, "没有这篇指南", "There is no such guide");

    private final String code;
    private final int status;
    private final String zh;
    private final String en;

    GuideError(String code, int status, String zh, String en) {
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
