package org.zhongben.portal.common.web;

import java.util.List;
import java.util.regex.Pattern;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.netty.handler.codec.http.HttpResponseStatus;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Per-route request body limits. {@code quarkus.http.limits.max-body-size} is a single global ceiling sized for the
 * intake stream; this filter, which runs right after Quarkus' own check, gives every other route a small limit so a
 * huge body never reaches a JSON or form reader. Bodies that declare their length are refused before they are read;
 * chunked bodies are cut off by Quarkus' reader at the limit stored in the routing context.
 */
@Singleton
public class RequestSizeLimits {

    /** Key under which Quarkus' body readers look up the limit of the current request. */
    static final String QUARKUS_LIMIT_KEY = "io.quarkus.max-request-size";

    private record Rule(HttpMethod method, Pattern path, long limit) {
    }

    private final List<Rule> rules;
    private final long defaultLimit;

    RequestSizeLimits(@ConfigProperty(name = "portal.http.max-body-size") MemorySize defaultLimit,
            @ConfigProperty(name = "portal.intake.max-stream-size") MemorySize intakeStream,
            @ConfigProperty(name = "portal.storage.max-blob-size") MemorySize blob) {
        this.defaultLimit = defaultLimit.asLongValue();
        this.rules = List.of(
                new Rule(HttpMethod.POST, Pattern.compile("/api/v1/intake/cases/?"), intakeStream.asLongValue()),
                new Rule(HttpMethod.PUT, Pattern.compile("/api/v1/intake/cases/[^/]+/documents/[^/]+"),
                        blob.asLongValue()));
    }

    void register(@Observes Router router) {
        router.route().order(-1).handler(this::limit);
    }

    long limitFor(HttpMethod method, String path) {
        for (Rule rule : rules) {
            if (rule.method.equals(method) && rule.path.matcher(path).matches()) {
                return rule.limit;
            }
        }
        return defaultLimit;
    }

    private void limit(RoutingContext context) {
        long limit = limitFor(context.request().method(), context.normalizedPath());
        String declared = context.request().getHeader("Content-Length");
        if (declared != null) {
            long length;
            try {
                length = Long.parseLong(declared.trim());
            } catch (NumberFormatException malformed) {
                length = Long.MAX_VALUE;
            }
            if (length > limit) {
                context.response().setStatusCode(HttpResponseStatus.REQUEST_ENTITY_TOO_LARGE.code())
                        .putHeader("Content-Type", "application/problem+json")
                        .putHeader("Connection", "close")
                        .end("{\"type\":\"/problems/common/payload-too-large\",\"title\":\"Payload too large\","
                                + "\"status\":413,\"code\":\"common/payload-too-large\"}");
                return;
            }
        }
        context.put(QUARKUS_LIMIT_KEY, limit);
        context.next();
    }
}
