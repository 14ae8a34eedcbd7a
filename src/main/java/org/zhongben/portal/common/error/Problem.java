package org.zhongben.portal.common.error;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * RFC 9457 problem details, the body of every API error. {@code type} is a relative URI built from the stable
 * {@code code}; {@code correlationId} ties the answer to the server log without revealing anything internal.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance, String code,
        String correlationId, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(ErrorCode error, String title, String detail, String instance, String correlationId,
            List<FieldError> errors) {
        return new Problem("/problems/" + error.code(), title, error.status(), detail, instance, error.code(),
                correlationId, errors);
    }
}
