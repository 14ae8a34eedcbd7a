package org.zhongben.portal.common.i18n;

import java.util.Locale;

import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * The language of the current request: the {@value #COOKIE} cookie set by the language switch wins, then the
 * browser's {@code Accept-Language}, then Chinese.
 */
public final class RequestLanguage {

    public static final String COOKIE = "lang";

    private RequestLanguage() {
    }

    public static Locale of(HttpHeaders headers) {
        if (headers == null) {
            return Languages.ZH;
        }
        Cookie chosen = headers.getCookies().get(COOKIE);
        return of(chosen == null ? null : chosen.getValue(), headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }

    /** The same choice from the raw values, for handlers that run before JAX-RS (either may be null). */
    public static Locale of(String cookie, String acceptLanguage) {
        if (cookie != null && !cookie.isBlank()) {
            return Languages.resolve(cookie);
        }
        return Languages.fromAcceptLanguage(acceptLanguage);
    }
}
