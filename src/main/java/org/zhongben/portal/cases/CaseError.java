package org.zhongben.portal.cases;

import org.zhongben.portal.common.error.ErrorCode;

/** Errors of the case view. A case the viewer may not see is "not found", so case numbers cannot be probed. */
public enum CaseError implements ErrorCode {
    NOT_FOUND("case/not-found", 404, "未找到该案件,或您无权查看", "No such case, or you may not see it"),
    INVALID_FILTER("case/invalid-filter", 400, "筛选或排序条件无效", "Invalid filter or sort");

    private final String code;
    private final int status;
    private final String zh;
    private final String en;

    CaseError(String code, int status, String zh, String en) {
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
