package org.zhongben.portal.common.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.zhongben.portal.common.error.CommonError;
import org.zhongben.portal.common.error.Problem;
import org.zhongben.portal.common.error.ProblemMappers;
import org.zhongben.portal.common.i18n.Languages;
import org.zhongben.portal.common.i18n.RequestLanguage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.vertx.core.Vertx;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Graceful shutdown, the part Quarkus leaves to us. On SIGTERM Quarkus turns readiness DOWN and waits
 * {@code quarkus.shutdown.delay} so endpoints and the ingress stop sending traffic here; requests that still arrive in
 * that time are served. When the delay ends Quarkus waits up to {@code quarkus.shutdown.timeout} for the requests in
 * flight (an upload keeps streaming) but would still start new ones: from then on this gate answers every new request
 * with 503 and {@code Retry-After} (problem+json for the API, the error page for browsers), so no new work begins that
 * the timeout could cut off. Management endpoints ({@code /q/}) stay open for the probes.
 */
@Singleton
public class ShutdownGate {

    /** By then the endpoints have dropped this instance: a retry reaches another one. */
    static final int RETRY_AFTER_SECONDS = 5;

    private static final Logger LOG = Logger.getLogger(ShutdownGate.class);

    private final Vertx vertx;
    private final Optional<Duration> delay;
    private final Template errorPage;
    private final ObjectMapper json;
    private volatile boolean closed;

    ShutdownGate(Vertx vertx, @ConfigProperty(name = "quarkus.shutdown.delay") Optional<Duration> delay,
            @Location("errors/error.html") Template errorPage, ObjectMapper json) {
        this.vertx = vertx;
        this.delay = delay;
        this.errorPage = errorPage;
        this.json = json;
    }

    void register(@Observes Router router) {
        // after the correlation id (-10), so the refusal can be quoted; before everything that reads a body
        router.route().order(-9).handler(this::admit);
    }

    /** Fired when SIGTERM arrives; Quarkus then sleeps for the delay before it starts draining. */
    void onShutdownDelay(@Observes ShutdownDelayInitiatedEvent event) {
        long millis = delay.map(Duration::toMillis).orElse(0L);
        if (millis <= 0) {
            close();
        } else {
            vertx.setTimer(millis, timer -> close());
        }
    }

    /** From now on new requests are refused; those already admitted run to their end. */
    void close() {
        if (!closed) {
            closed = true;
            LOG.info("Shutting down: new requests are answered 503, requests in flight may finish");
        }
    }

    /** Only for tests, which close the gate of the one application they share. */
    void reopen() {
        closed = false;
    }

    private void admit(RoutingContext context) {
        if (!closed || context.normalizedPath().startsWith("/q/")) {
            context.next();
            return;
        }
        Cookie chosen = context.request().getCookie(RequestLanguage.COOKIE);
        Locale locale = RequestLanguage.of(chosen == null ? null : chosen.getValue(),
                context.request().getHeader("Accept-Language"));
        CommonError error = CommonError.SHUTTING_DOWN;
        String correlationId = CorrelationId.of(context);
        String path = context.normalizedPath();
        context.response().setStatusCode(error.status())
                .putHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS))
                .putHeader("Connection", "close");
        if (ProblemMappers.wantsHtml(path, context.request().getHeader("Accept"))) {
            String page = errorPage.data("status", error.status()).data("title", error.label(locale))
                    .data("detail", null).data("errors", List.of()).data("correlationId", correlationId)
                    .data("english", Languages.isEnglish(locale)).setLocale(locale).render();
            context.response().putHeader("Content-Type", "text/html;charset=UTF-8").end(page);
            return;
        }
        try {
            context.response().putHeader("Content-Type", Problem.MEDIA_TYPE).end(json.writeValueAsString(
                    Problem.of(error, error.label(locale), null, path, correlationId, List.of())));
        } catch (JsonProcessingException e) {
            context.response().end();
        }
    }
}
