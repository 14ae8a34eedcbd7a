package org.zhongben.portal.common.web;

import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.jboss.logging.MDC;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Gives every request a correlation id (the caller's {@code X-Request-Id} when it is a sane token, a new one
 * otherwise), puts it in the log context and echoes it as {@code X-Correlation-Id}. Error answers quote it so a
 * user's report can be found in the log.
 */
@Singleton
public class CorrelationId {

    public static final String HEADER = "X-Correlation-Id";
    public static final String CONTEXT_KEY = "portal.correlation-id";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._-]{8,64}");

    void register(@Observes Router router) {
        router.route().order(-10).handler(this::assign);
    }

    private void assign(RoutingContext context) {
        String offered = context.request().getHeader("X-Request-Id");
        String id = offered != null && SANE.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
        context.put(CONTEXT_KEY, id);
        MDC.put("correlationId", id);
        context.response().putHeader(HEADER, id);
        context.next();
    }

    /** The id of the current request, or a fresh one outside a request. */
    public static String of(RoutingContext context) {
        Object id = context == null ? null : context.get(CONTEXT_KEY);
        return id == null ? UUID.randomUUID().toString() : id.toString();
    }
}
