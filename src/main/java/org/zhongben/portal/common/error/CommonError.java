package org.zhongben.portal.common.error;

/** Errors that do not belong to one feature. */
public enum CommonError implements ErrorCode {
    BAD_REQUEST("common/bad-request", 400, "请求格式不正确", "The request is malformed"),
    VALIDATION("common/validation", 400, "输入有误,请按提示修改", "Some fields are invalid"),
    UNAUTHENTICATED("common/unauthenticated", 401, "请先登录", "Sign-in required"),
    FORBIDDEN("common/forbidden", 403, "无权执行此操作", "You may not do this"),
    NOT_FOUND("common/not-found", 404, "未找到", "Not found"),
    METHOD_NOT_ALLOWED("common/method-not-allowed", 405, "不支持此请求方法", "Method not allowed"),
    NOT_ACCEPTABLE("common/not-acceptable", 406, "不支持所请求的格式", "The requested format is not available"),
    CONFLICT("common/conflict", 409, "与当前状态冲突", "Conflicts with the current state"),
    LENGTH_REQUIRED("common/length-required", 411, "请声明提交内容的长度", "The length of the submission is required"),
    PAYLOAD_TOO_LARGE("common/payload-too-large", 413, "提交的内容过大", "The submission is too large"),
    UNSUPPORTED_MEDIA_TYPE("common/unsupported-media-type", 415, "不支持此内容类型", "Unsupported content type"),
    TOO_MANY_REQUESTS("common/too-many-requests", 429, "请求过于频繁,请稍后再试", "Too many requests; try again later"),
    INTERNAL("common/internal", 500, "系统出现错误,请稍后再试", "Something went wrong on our side"),
    UNAVAILABLE("common/unavailable", 503, "服务暂时不可用,请稍后再试", "The service is temporarily unavailable"),
    /** This instance is stopping (a restart or an upgrade); another one answers the retry. */
    SHUTTING_DOWN("common/shutting-down", 503, "服务正在重启,请稍后重试", "The service is restarting; try again shortly");

    private final String code;
    private final int status;
    private final String zh;
    private final String en;

    CommonError(String code, int status, String zh, String en) {
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

    /** The generic error for a bare HTTP status, used when the framework (not a feature) refused the request. */
    public static CommonError forStatus(int status) {
        for (CommonError error : values()) {
            if (error.status == status) {
                return error;
            }
        }
        return status >= 500 ? INTERNAL : BAD_REQUEST;
    }
}
