package org.zhongben.portal.common.web;

import java.util.List;
import java.util.regex.Pattern;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.zhongben.portal.common.error.CommonError;

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

    private static final long MULTIPART_OVERHEAD = 1024 * 1024;

    /**
     * {@code upload}: a multipart route whose body is spooled to disk by Quarkus, so only a declared length can be checked
     * before.
     */
    private record Rule(HttpMethod method, Pattern path, long limit, boolean upload) {

        Rule(HttpMethod method, Pattern path, long limit) {
            this(method, path, limit, false);
        }
    }

    private final List<Rule> rules;
    private final long defaultLimit;
    private final long maxFormField;

    RequestSizeLimits(@ConfigProperty(name = "portal.http.max-body-size") MemorySize defaultLimit,
            @ConfigProperty(name = "portal.intake.max-stream-size") MemorySize intakeStream,
            @ConfigProperty(name = "portal.storage.max-blob-size") MemorySize blob,
            @ConfigProperty(name = "portal.resumption.max-application-size", defaultValue = "50M") MemorySize evidence,
            @ConfigProperty(name = "quarkus.http.limits.max-form-attribute-size", defaultValue = "2048") MemorySize formField) {
        // an evidence upload may carry a whole application's files; the form's other fields and the multipart
        // framing get one more MiB
        long upload = evidence.asLongValue() + MULTIPART_OVERHEAD;
        this.defaultLimit = defaultLimit.asLongValue();
        this.maxFormField = formField.asLongValue();
        this.rules = List.of(
                new Rule(HttpMethod.POST, Pattern.compile("/api/v1/intake/cases/?"), intakeStream.asLongValue()),
                new Rule(HttpMethod.PUT, Pattern.compile("/api/v1/intake/cases/[^/]+/documents/[^/]+"),
                        blob.asLongValue()),
                new Rule(HttpMethod.POST, Pattern.compile("/cases/[^/]+/resumption/evidence"), upload, true),
                new Rule(HttpMethod.POST, Pattern.compile("/api/v1/cases/[^/]+/resumption-applications/?"), upload,
                        true));
    }

    void register(@Observes Router router) {
        router.route().order(-1).handler(this::limit);
    }

    long limitFor(HttpMethod method, String path) {
        return ruleFor(method, path).limit;
    }

    private Rule ruleFor(HttpMethod method, String path) {
        for (Rule rule : rules) {
            if (rule.method.equals(method) && rule.path.matcher(path).matches()) {
                return rule;
            }
        }
        return new Rule(method, null, defaultLimit);
    }

    private void limit(RoutingContext context) {
        Rule rule = ruleFor(context.request().method(), context.normalizedPath());
        long limit = rule.limit;
        String declared = context.request().getHeader("Content-Length");
        if (declared == null && rule.upload && isMultipart(context)) {
            EarlyAnswers.problem(context, CommonError.LENGTH_REQUIRED, true);
            return;
        }
        if (declared != null) {
            long length;
            try {
                length = Long.parseLong(declared.trim());
            } catch (NumberFormatException malformed) {
                length = Long.MAX_VALUE;
            }
            if (length > limit) {
                EarlyAnswers.problem(context, CommonError.PAYLOAD_TOO_LARGE, true);
                return;
            }
        }
        context.put(QUARKUS_LIMIT_KEY, limit);
        if (FormBodies.isForm(context)) {
            FormBodies.read(context, limit, maxFormField);
            return;
        }
        context.next();
    }

    private static boolean isMultipart(RoutingContext context) {
        String type = context.request().getHeader("Content-Type");
        return type != null && type.regionMatches(true, 0, "multipart/", 0, 10);
    }
}
