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
 * Lets API clients that authenticate with a Bearer token post multipart forms. The CSRF filter checks every
 * multipart request, but CSRF needs credentials a browser adds by itself (cookies); a request that carries its own
 * {@code Authorization} header and no cookie cannot be forged from another site, so for it the double-submit pair is
 * filled in with a fresh random token before the filter looks. A request with any cookie is left alone.
 */
@Singleton
public class BearerCsrfExemption {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String cookieName;
    private final String headerName;

    BearerCsrfExemption(@ConfigProperty(name = "quarkus.rest-csrf.cookie-name", defaultValue = "csrf-token") String cookieName,
            @ConfigProperty(name = "quarkus.rest-csrf.token-header-name", defaultValue = "X-CSRF-TOKEN") String headerName) {
        this.cookieName = cookieName;
        this.headerName = headerName;
    }

    void register(@Observes Router router) {
        router.route("/api/*").order(-2).handler(this::exempt);
    }

    private void exempt(RoutingContext context) {
        var headers = context.request().headers();
        String authorization = headers.get(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                && !headers.contains(HttpHeaders.COOKIE)) {
            byte[] bytes = new byte[16];
            RANDOM.nextBytes(bytes);
            String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            headers.set(HttpHeaders.COOKIE, cookieName + "=" + token);
            headers.set(headerName, token);
        }
        context.next();
    }
}
