package org.zhongben.portal.common.error;

/**
 * One invalid input field: a JSON-pointer-like path ({@code parties[1].idNumber}), a stable reason code and a message
 * in the request's language.
 */
public record FieldError(String field, String code, String message) {
}
