package org.zhongben.portal.common.web;

import java.security.SecureRandom;
import java.util.Base64;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Lets API clients post multipart forms (evidence uploads with a Bearer token, anonymous record verification). The
 * CSRF filter checks every multipart request, but a forged request only does harm through credentials the browser
 * adds by itself, which are cookies; an API request without any cookie cannot ride on someone's session, so for it
 * the double-submit pair is filled in with a fresh random token before the filter looks. A request with any cookie is
 * checked as usual.
 */
@Singleton
public class ApiCsrfExemption {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String cookieName;
    private final String headerName;

    ApiCsrfExemption(@ConfigProperty(name = "quarkus.rest-csrf.cookie-name", defaultValue = "csrf-token") String cookieName,
            @ConfigProperty(name = "quarkus.rest-csrf.token-header-name", defaultValue = "X-CSRF-TOKEN") String headerName) {
        this.cookieName = cookieName;
        this.headerName = headerName;
    }

    void register(@Observes Router router) {
        router.route("/api/*").order(-2).handler(this::exempt);
    }

    private void exempt(RoutingContext context) {
        var headers = context.request().headers();
        String type = headers.get(HttpHeaders.CONTENT_TYPE);
        boolean form = type != null && (type.regionMatches(true, 0, "multipart/", 0, 10)
                || type.regionMatches(true, 0, "application/x-www-form-urlencoded", 0, 33));
        // only forms are checked by the filter; other requests are left exactly as they came
        if (form && !headers.contains(HttpHeaders.COOKIE)) {
            byte[] bytes = new byte[16];
            RANDOM.nextBytes(bytes);
            String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            headers.set(HttpHeaders.COOKIE, cookieName + "=" + token);
            headers.set(headerName, token);
        }
        context.next();
    }
}
