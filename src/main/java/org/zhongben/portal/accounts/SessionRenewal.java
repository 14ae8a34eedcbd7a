package org.zhongben.portal.accounts;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Sliding sessions: a page request made with a session cookie that has less than the renewal window left gets a fresh
 * token in a new cookie, so active users stay signed in while idle sessions expire quickly. Never renews on a response
 * that already sets the cookie (sign-in, sign-out).
 */
public class SessionRenewal {

    private final CurrentViewer viewer;
    private final SessionService sessions;

    SessionRenewal(CurrentViewer viewer, SessionService sessions) {
        this.viewer = viewer;
        this.sessions = sessions;
    }

    @ServerResponseFilter
    public Uni<Void> renew(ContainerResponseContext response, RoutingContext request) {
        if (request.request().getCookie(sessions.cookieName()) == null || setsSessionCookie(response)
                || response.getStatus() >= 400) {
            return Uni.createFrom().voidItem();
        }
        return viewer.resolve().chain(who -> sessions.shouldRenew(who)
                ? sessions.renew(who).invoke(session -> response.getHeaders().add(HttpHeaders.SET_COOKIE,
                        sessions.cookie(session))).replaceWithVoid()
                : Uni.createFrom().voidItem());
    }

    private boolean setsSessionCookie(ContainerResponseContext response) {
        return response.getHeaders().getOrDefault(HttpHeaders.SET_COOKIE, java.util.List.of()).stream()
                .anyMatch(cookie -> cookie.toString().startsWith(sessions.cookieName() + "="));
    }
}
