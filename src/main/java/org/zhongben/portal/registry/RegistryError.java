package org.zhongben.portal.registry;

import org.zhongben.portal.common.error.ErrorCode;

/** Errors of the public registry. */
public enum RegistryError implements ErrorCode {
    PARTIAL_ID("registry/partial-id", 400, "请输入完整的18位公民身份号码或统一社会信用代码(含校验位);不支持部分号码查询",
            "Enter a complete 18-character resident ID number or unified social credit code (with its check character); "
                    + "partial numbers are not searched"),
    INVALID_QUERY("registry/invalid-query", 400, "查询条件有误", "The search criteria are invalid"),
    TOO_MANY_SEARCHES("registry/too-many-searches", 429, "查询过于频繁,请稍后再试", "Too many searches; try again shortly"),
    NOT_FOUND("registry/not-found", 404, "未找到该条目", "No such entry"),
    CORRECTION_INVALID("registry/correction-invalid", 400, "请填写姓名、联系方式和需要更正的内容",
            "Give your name, how to reach you and what is wrong"),
    TOO_MANY_CORRECTIONS("registry/too-many-corrections", 429, "提交更正申请过于频繁,请稍后再试",
            "Too many correction requests from this address; try again later");

    private final String code;
    private final int status;
    private final String zh;
    private final String en;

    RegistryError(String code, int status, String zh, String en) {
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
