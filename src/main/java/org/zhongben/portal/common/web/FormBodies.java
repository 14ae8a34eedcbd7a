package org.zhongben.portal.common.web;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.zhongben.portal.common.error.CommonError;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.impl.RoutingContextInternal;

/**
 * Reads {@code application/x-www-form-urlencoded} bodies for the portal's forms, strictly: a broken percent-escape,
 * bytes that are not UTF-8, or a control character other than tab and line breaks answer 400; a field above the form
 * field limit 413. The decoded fields become the request's form attributes, which the REST layer and its CSRF check
 * read instead of parsing the body again. (Left to the framework, a broken escape failed on the event loop and the
 * request was never answered.)
 */
final class FormBodies {

    private FormBodies() {
    }

    /** The outcome of decoding a form body: its fields, or the error that refuses it. */
    record Decoded(List<Map.Entry<String, String>> fields, CommonError error) {
    }

    static boolean isForm(RoutingContext context) {
        String type = context.request().getHeader("Content-Type");
        return type != null && type.regionMatches(true, 0, "application/x-www-form-urlencoded", 0, 33)
                && (type.length() == 33 || type.charAt(33) == ';' || type.charAt(33) == ' ');
    }

    /** Reads the body (at most {@code limit} bytes), then continues routing with the fields as form attributes. */
    static void read(RoutingContext context, long limit, long maxField) {
        HttpServerRequest request = context.request();
        if ("0".equals(request.getHeader("Content-Length"))) {
            // nothing to read (clients label empty POSTs as forms); the framework handles it as before
            context.next();
            return;
        }
        Buffer body = Buffer.buffer();
        boolean[] refused = { false };
        request.handler(chunk -> {
            if (refused[0]) {
                return;
            }
            if (body.length() + (long) chunk.length() > limit) {
                refused[0] = true;
                EarlyAnswers.problem(context, CommonError.PAYLOAD_TOO_LARGE, true);
                return;
            }
            body.appendBuffer(chunk);
        });
        request.exceptionHandler(failure -> refused[0] = true);
        request.endHandler(ended -> {
            if (refused[0]) {
                return;
            }
            Decoded decoded = decode(body.getBytes(), maxField);
            if (decoded.error() != null) {
                EarlyAnswers.problem(context, decoded.error(), false);
                return;
            }
            // handed on as a body handler would: the raw body for whoever reads the stream, the fields for the form
            ((RoutingContextInternal) context).setBody(body);
            decoded.fields().forEach(field -> request.formAttributes().add(field.getKey(), field.getValue()));
            context.next();
        });
        request.resume();
    }

    static Decoded decode(byte[] body, long maxField) {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        int start = 0;
        while (start <= body.length) {
            int end = indexOf(body, (byte) '&', start);
            if (end > start) {
                int equals = indexOf(body, (byte) '=', start);
                int nameEnd = equals < 0 || equals > end ? end : equals;
                String name = component(body, start, nameEnd);
                String value = nameEnd == end ? "" : component(body, nameEnd + 1, end);
                if (name == null || value == null) {
                    return new Decoded(List.of(), CommonError.BAD_REQUEST);
                }
                if (name.length() > maxField || value.length() > maxField) {
                    return new Decoded(List.of(), CommonError.PAYLOAD_TOO_LARGE);
                }
                fields.add(new SimpleEntry<>(name, value));
            }
            start = end + 1;
        }
        return new Decoded(fields, null);
    }

    private static int indexOf(byte[] body, byte wanted, int from) {
        for (int i = from; i < body.length; i++) {
            if (body[i] == wanted) {
                return i;
            }
        }
        return body.length;
    }

    /** One percent-decoded name or value; null when it is malformed. */
    private static String component(byte[] body, int from, int to) {
        byte[] bytes = new byte[to - from];
        int length = 0;
        for (int i = from; i < to; i++) {
            byte b = body[i];
            if (b == '+') {
                bytes[length++] = ' ';
            } else if (b == '%') {
                if (i + 2 >= to || hex(body[i + 1]) < 0 || hex(body[i + 2]) < 0) {
                    return null;
                }
                bytes[length++] = (byte) (hex(body[i + 1]) * 16 + hex(body[i + 2]));
                i += 2;
            } else {
                bytes[length++] = b;
            }
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, 0, length))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\r' && c != '\n') || c == 0x7f) {
                return null;
            }
        }
        return text;
    }

    private static int hex(byte b) {
        if (b >= '0' && b <= '9') {
            return b - '0';
        }
        if (b >= 'a' && b <= 'f') {
            return b - 'a' + 10;
        }
        if (b >= 'A' && b <= 'F') {
            return b - 'A' + 10;
        }
        return -1;
    }
}
