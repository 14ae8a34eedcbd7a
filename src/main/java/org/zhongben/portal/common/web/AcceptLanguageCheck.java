package org.zhongben.portal.common.web;

import java.util.Locale;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Drops an {@code Accept-Language} header that cannot be parsed, as if it had not been sent (the page is then in the
 * default language). Left in place, the template layer failed on it while rendering the answer, after a write such as a
 * registry correction had already been stored: the request was stored but answered with an error.
 */
@Singleton
public class AcceptLanguageCheck {

    void register(@Observes Router router) {
        router.route().order(-4).handler(this::check);
    }

    private void check(RoutingContext context) {
        String header = context.request().getHeader("Accept-Language");
        if (header != null && !isParsable(header)) {
            context.request().headers().remove("Accept-Language");
        }
        context.next();
    }

    static boolean isParsable(String header) {
        try {
            Locale.LanguageRange.parse(header);
            return true;
        } catch (RuntimeException malformed) {
            return false;
        }
    }
}
