package org.zhongben.portal.common.error;

import java.util.List;
import java.util.Locale;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.zhongben.portal.common.i18n.Languages;
import org.zhongben.portal.common.i18n.RequestLanguage;
import org.zhongben.portal.common.web.CorrelationId;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpClosedException;
import io.vertx.ext.web.RoutingContext;

/**
 * The one place where failures become answers: {@code application/problem+json} for the API ({@code /api/...}),
 * an error page for everything else. Answers carry a stable code and a correlation id, never a class name, a stack
 * trace or a framework message.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final Template errorPage;

    ProblemMappers(@Location("errors/error.html") Template errorPage) {
        this.errorPage = errorPage;
    }

    @ServerExceptionMapper
    public Response portal(PortalException e, UriInfo uri, HttpHeaders headers, RoutingContext context) {
        if (e.error().status() >= 500) {
            LOG.errorf(e, "Request failed with %s", e.error().code());
        }
        Response.ResponseBuilder answer = answer(e.error(), e.detail(), e.fieldErrors(), uri, headers, context);
        if (e.retryAfterSeconds() != null) {
            answer.header("Retry-After", e.retryAfterSeconds());
        }
        return answer.build();
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri, HttpHeaders headers,
            RoutingContext context) {
        List<FieldError> errors = e.getConstraintViolations().stream().map(ProblemMappers::toFieldError).toList();
        return answer(CommonError.VALIDATION, null, errors, uri, headers, context).build();
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri, HttpHeaders headers,
            RoutingContext context) {
        List<FieldError> errors = List.of();
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            errors = List.of(new FieldError(JsonPaths.of(mapping.getPath()), "invalid",
                    Languages.isEnglish(RequestLanguage.of(headers)) ? "Invalid value" : "取值无效"));
        }
        return answer(CommonError.BAD_REQUEST, null, errors, uri, headers, context).build();
    }

    /** Overrides the framework's own mapper for this subtype, whose answer is plain JSON naming Java classes. */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e, UriInfo uri, HttpHeaders headers,
            RoutingContext context) {
        return unreadableJson(e, uri, headers, context);
    }

    @ServerExceptionMapper({ AuthenticationFailedException.class, UnauthorizedException.class })
    public Response unauthenticated(RuntimeException e, UriInfo uri, HttpHeaders headers, RoutingContext context) {
        return answer(CommonError.UNAUTHENTICATED, null, List.of(), uri, headers, context)
                .header("WWW-Authenticate", "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri, HttpHeaders headers, RoutingContext context) {
        return answer(CommonError.FORBIDDEN, null, List.of(), uri, headers, context).build();
    }

    @ServerExceptionMapper
    public Response framework(WebApplicationException e, UriInfo uri, HttpHeaders headers, RoutingContext context) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("Request failed", e);
        }
        Response.ResponseBuilder answer = answer(CommonError.forStatus(status), null, List.of(), uri, headers,
                context);
        String allow = e.getResponse().getHeaderString("Allow");
        if (allow != null) {
            answer.header("Allow", allow);
        }
        return answer.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri, HttpHeaders headers, RoutingContext context) {
        if (clientWentAway(e)) {
            // a client that stops sending mid-body (the transaction rolled back): nobody to answer, nothing to fix
            LOG.infof("Client went away before the request was read [%s]", CorrelationId.of(context));
            return answer(CommonError.BAD_REQUEST, null, List.of(), uri, headers, context).build();
        }
        if (DatabaseFailures.isUnavailable(e)) {
            LOG.warnf("Database unavailable: %s", e.toString());
            return answer(CommonError.UNAVAILABLE, null, List.of(), uri, headers, context)
                    .header("Retry-After", DatabaseFailures.RETRY_AFTER_SECONDS).build();
        }
        int clientFault = ClientFaults.status(e);
        if (clientFault != 0) {
            LOG.debugf(e, "Malformed request refused with %d [%s]", clientFault, CorrelationId.of(context));
            return answer(CommonError.forStatus(clientFault), null, List.of(), uri, headers, context).build();
        }
        LOG.errorf(e, "Unexpected failure [%s]", CorrelationId.of(context));
        return answer(CommonError.INTERNAL, null, List.of(), uri, headers, context).build();
    }

    private Response.ResponseBuilder answer(ErrorCode error, String detail, List<FieldError> errors, UriInfo uri,
            HttpHeaders headers, RoutingContext context) {
        Locale locale = RequestLanguage.of(headers);
        String correlationId = CorrelationId.of(context);
        String path = uri == null ? null : uri.getPath();
        if (wantsHtml(path, headers)) {
            TemplateInstance page = errorPage
                    .data("status", error.status())
                    .data("title", error.label(locale))
                    .data("detail", detail)
                    .data("errors", errors)
                    .data("correlationId", correlationId)
                    .data("english", Languages.isEnglish(locale))
                    .setLocale(locale);
            return Response.status(error.status()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(page.render());
        }
        Problem problem = Problem.of(error, error.label(locale), detail, path, correlationId, errors);
        return Response.status(error.status()).type(Problem.MEDIA_TYPE).entity(problem);
    }

    /** The connection closed while the request was being read. */
    public static boolean clientWentAway(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof HttpClosedException) {
                return true;
            }
        }
        return false;
    }

    /** Pages get an HTML error; the API, and any client that does not ask for HTML, gets problem+json. */
    static boolean wantsHtml(String path, HttpHeaders headers) {
        return wantsHtml(path, headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT));
    }

    /** The same rule from the raw {@code Accept} header, for handlers that answer before JAX-RS. */
    public static boolean wantsHtml(String path, String accept) {
        if (path == null || path.startsWith("/api/") || path.startsWith("/q/")) {
            return false;
        }
        return accept == null || accept.contains("text/html") || accept.contains("*/*");
    }

    private static FieldError toFieldError(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        int dot = path.indexOf('.');
        // drop the method and parameter names of parameter constraints ("login.form.email" -> "email")
        String field = dot < 0 ? path : path.substring(path.lastIndexOf('.') + 1);
        return new FieldError(field, "invalid", violation.getMessage());
    }
}
