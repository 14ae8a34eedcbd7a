package org.zhongben.portal.common.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Builds links that carry user data, such as case numbers with parentheses and Chinese characters. */
public final class UrlPaths {

    private UrlPaths() {
    }

    /** {@code value} as one percent-encoded path segment (spaces as %20, not +). */
    public static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** {@code value} percent-encoded for a query parameter. */
    public static String query(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
