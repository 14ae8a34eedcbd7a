package org.zhongben.portal.common.web;

import java.util.Locale;

import org.zhongben.portal.common.error.ErrorCode;
import org.zhongben.portal.common.i18n.Languages;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * Answers for requests refused before they reach a resource (size, content type, form syntax): the same
 * problem+json as the mappers give, built by hand because no JAX-RS machinery runs this early.
 */
public final class EarlyAnswers {

    private EarlyAnswers() {
    }

    /**
     * Ends the request with a problem. {@code close}: the connection is closed after the answer, for bodies too large to
     * read to their end; otherwise the rest of the body is read and dropped, so the client gets to read the answer.
     */
    public static void problem(RoutingContext context, ErrorCode error, boolean close) {
        if (context.response().ended()) {
            return;
        }
        Locale locale = Languages.fromAcceptLanguage(context.request().getHeader("Accept-Language"));
        String body = new JsonObject().put("type", "/problems/" + error.code()).put("title", error.label(locale))
                .put("status", error.status()).put("code", error.code())
                .put("correlationId", CorrelationId.of(context)).encode();
        var response = context.response().setStatusCode(error.status())
                .putHeader("Content-Type", "application/problem+json");
        if (close) {
            response.putHeader("Connection", "close");
        } else if (!context.request().isEnded()) {
            // drain what is still coming, or a client busy sending never reads the answer
            context.request().handler(ignored -> {
            }).endHandler(ignored -> {
            }).exceptionHandler(ignored -> {
            });
            context.request().resume();
        }
        response.end(body);
    }
}
