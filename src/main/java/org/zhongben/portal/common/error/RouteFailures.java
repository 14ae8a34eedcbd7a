package org.zhongben.portal.common.error;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;
import org.zhongben.portal.common.web.CorrelationId;
import org.zhongben.portal.common.web.EarlyAnswers;

import io.quarkus.security.AuthenticationException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Failures outside the REST resources' exception mappers, e.g. a multipart body found broken while it streams in:
 * answered as problem+json like every other error (4xx when the request was malformed, else 500), never with the
 * framework's page, which shows a stack trace outside production. Security failures keep their own handling
 * (challenges and redirects).
 */
@Singleton
public class RouteFailures {

    private static final Logger LOG = Logger.getLogger(RouteFailures.class);

    void register(@Observes Router router) {
        router.route().order(-20).failureHandler(this::handle);
    }

    private void handle(RoutingContext context) {
        Throwable failure = context.failure();
        if (failure instanceof AuthenticationException || failure instanceof UnauthorizedException
                || failure instanceof ForbiddenException) {
            context.next();
            return;
        }
        if (context.response().ended() || context.response().headWritten()) {
            LOG.debugf(failure, "Failure after the answer was sent [%s]", CorrelationId.of(context));
            return;
        }
        int status = failure == null ? context.statusCode() : ClientFaults.status(failure);
        if (status >= 400 && status < 500) {
            LOG.debugf(failure, "Malformed request refused with %d [%s]", status, CorrelationId.of(context));
            EarlyAnswers.problem(context, CommonError.forStatus(status), false);
            return;
        }
        LOG.errorf(failure, "Unexpected failure [%s]", CorrelationId.of(context));
        EarlyAnswers.problem(context, CommonError.INTERNAL, true);
    }
}
