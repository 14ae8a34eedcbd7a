package org.zhongben.portal.common.error;

import java.util.List;

/**
 * The one exception type features throw for expected failures. It carries a stable {@link ErrorCode}, an optional
 * detail for the user (never internal state) and, for validation failures, the field errors.
 */
public class PortalException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient ErrorCode error;
    private final transient List<FieldError> fieldErrors;
    private final Long retryAfterSeconds;

    public PortalException(ErrorCode error) {
        this(error, null, List.of(), null);
    }

    public PortalException(ErrorCode error, String detail) {
        this(error, detail, List.of(), null);
    }

    public PortalException(ErrorCode error, String detail, List<FieldError> fieldErrors, Long retryAfterSeconds) {
        super(detail == null ? error.code() : error.code() + ": " + detail, null, false, false);
        this.error = error;
        this.fieldErrors = List.copyOf(fieldErrors);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public static PortalException invalid(ErrorCode error, List<FieldError> fieldErrors) {
        return new PortalException(error, null, fieldErrors, null);
    }

    public static PortalException tooMany(ErrorCode error, long retryAfterSeconds) {
        return new PortalException(error, null, List.of(), retryAfterSeconds);
    }

    public ErrorCode error() {
        return error;
    }

    /** Detail for the user, or {@code null}. */
    public String detail() {
        String message = getMessage();
        int colon = message.indexOf(": ");
        return colon < 0 ? null : message.substring(colon + 2);
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }

    public Long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
