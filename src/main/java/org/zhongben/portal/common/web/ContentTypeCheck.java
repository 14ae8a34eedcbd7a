package org.zhongben.portal.common.web;

import java.nio.charset.Charset;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.zhongben.portal.common.error.CommonError;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Refuses a request whose {@code Content-Type} is not one exact, well-formed media type before anything reads it: a
 * wildcard ({@code *}{@code /*}, {@code application/*}), broken syntax, a repeated parameter, or an unknown charset
 * answer 415; a multipart type without a usable boundary answers 400. A body without any content type, or a
 * write to a page without one, answers 415 too. The type is passed on in lower case. Left to the framework, such headers failed
 * inside it (500), and a wildcard type reached form endpoints without the CSRF filter seeing a form.
 */
@Singleton
public class ContentTypeCheck {

    private static final String TOKEN_CHARACTERS = "!#$%&'*+-.^_`|~";
    private static final String BOUNDARY_CHARACTERS = "'()+_,-./:=? ";

    void register(@Observes Router router) {
        // before the CSRF exemption and the size limits, which look at the content type too
        router.route().order(-3).handler(this::check);
    }

    private void check(RoutingContext context) {
        String header = context.request().getHeader("Content-Type");
        if (header == null) {
            if (hasBody(context) || isPageWrite(context)) {
                // a body of no declared type is neither a form nor JSON; left through, it skipped the CSRF check
                EarlyAnswers.problem(context, CommonError.UNSUPPORTED_MEDIA_TYPE, false);
                return;
            }
            context.next();
            return;
        }
        switch (verdict(header)) {
            case ACCEPTABLE -> {
                // one spelling for everyone downstream: the CSRF check compares the type case-sensitively
                context.request().headers().set("Content-Type", normalized(header));
                context.next();
            }
            case UNSUPPORTED -> EarlyAnswers.problem(context, CommonError.UNSUPPORTED_MEDIA_TYPE, false);
            case MALFORMED_MULTIPART -> EarlyAnswers.problem(context, CommonError.BAD_REQUEST, false);
        }
    }

    private static boolean hasBody(RoutingContext context) {
        String length = context.request().getHeader("Content-Length");
        return context.request().getHeader("Transfer-Encoding") != null
                || (length != null && !length.strip().equals("0"));
    }

    /** Every page that changes something takes a form, so its requests must say so. */
    private static boolean isPageWrite(RoutingContext context) {
        HttpMethod method = context.request().method();
        boolean unsafe = method == HttpMethod.POST || method == HttpMethod.PUT || method == HttpMethod.PATCH
                || method == HttpMethod.DELETE;
        return unsafe && !context.normalizedPath().startsWith("/api/");
    }

    /** The type and subtype in lower case, the parameters as sent. */
    static String normalized(String header) {
        String value = header.strip();
        int semicolon = value.indexOf(';');
        String type = semicolon < 0 ? value : value.substring(0, semicolon);
        return type.strip().toLowerCase(Locale.ROOT) + (semicolon < 0 ? "" : value.substring(semicolon));
    }

    enum Verdict {
        ACCEPTABLE,
        UNSUPPORTED,
        MALFORMED_MULTIPART
    }

    /** What a {@code Content-Type} header value deserves (RFC 9110 section 8.3, RFC 2046 for the boundary). */
    static Verdict verdict(String header) {
        Parser parser = new Parser(header);
        String type = parser.token();
        if (type == null || !parser.take('/')) {
            return Verdict.UNSUPPORTED;
        }
        String subtype = parser.token();
        if (subtype == null || type.equals("*") || subtype.equals("*")) {
            return Verdict.UNSUPPORTED;
        }
        Set<String> names = new HashSet<>();
        String boundary = null;
        parser.spaces();
        while (!parser.atEnd()) {
            if (!parser.take(';')) {
                return Verdict.UNSUPPORTED;
            }
            parser.spaces();
            if (parser.atEnd() || parser.peek() == ';') {
                continue;
            }
            String name = parser.token();
            if (name == null || !parser.take('=')) {
                return Verdict.UNSUPPORTED;
            }
            String value = parser.peek() == '"' ? parser.quoted() : parser.token();
            if (value == null || !names.add(name.toLowerCase(Locale.ROOT))) {
                return Verdict.UNSUPPORTED;
            }
            if (name.equalsIgnoreCase("charset") && !isKnownCharset(value)) {
                return Verdict.UNSUPPORTED;
            }
            if (name.equalsIgnoreCase("boundary")) {
                boundary = value;
            }
            parser.spaces();
        }
        if (type.equalsIgnoreCase("multipart") && !isBoundary(boundary)) {
            return Verdict.MALFORMED_MULTIPART;
        }
        return Verdict.ACCEPTABLE;
    }

    /**
     * A charset the JVM knows. The portal reads every text body as UTF-8 whatever it declares (clients such as REST
     * Assured add {@code ISO-8859-1} by habit), but a name no decoder knows made the framework fail with 500.
     */
    private static boolean isKnownCharset(String charset) {
        try {
            return Charset.isSupported(charset);
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    private static boolean isBoundary(String boundary) {
        if (boundary == null || boundary.isEmpty() || boundary.length() > 70 || boundary.endsWith(" ")) {
            return false;
        }
        for (int i = 0; i < boundary.length(); i++) {
            char c = boundary.charAt(i);
            if (!isAlphanumeric(c) && BOUNDARY_CHARACTERS.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAlphanumeric(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /** Reads a header value left to right. */
    private static final class Parser {
        private final String text;
        private int at;

        Parser(String text) {
            this.text = text.strip();
        }

        boolean atEnd() {
            return at >= text.length();
        }

        char peek() {
            return atEnd() ? 0 : text.charAt(at);
        }

        boolean take(char expected) {
            if (peek() == expected && !atEnd()) {
                at++;
                return true;
            }
            return false;
        }

        void spaces() {
            while (!atEnd() && (peek() == ' ' || peek() == '\t')) {
                at++;
            }
        }

        String token() {
            int start = at;
            while (!atEnd() && (isAlphanumeric(peek()) || TOKEN_CHARACTERS.indexOf(peek()) >= 0)) {
                at++;
            }
            return at == start ? null : text.substring(start, at);
        }

        String quoted() {
            StringBuilder value = new StringBuilder();
            at++;
            while (!atEnd()) {
                char c = text.charAt(at++);
                if (c == '"') {
                    return value.toString();
                }
                if (c == '\\') {
                    if (atEnd()) {
                        return null;
                    }
                    c = text.charAt(at++);
                }
                if (c < 0x20 && c != '\t' || c == 0x7f) {
                    return null;
                }
                value.append(c);
            }
            return null;
        }
    }
}
