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
        if (chosen != null && !chosen.getValue().isBlank()) {
            return Languages.resolve(chosen.getValue());
        }
        return Languages.fromAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }
}
