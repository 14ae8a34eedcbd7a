package org.zhongben.portal.common.error;

import jakarta.ws.rs.WebApplicationException;

import com.fasterxml.jackson.core.JsonProcessingException;

import io.vertx.pgclient.PgException;

/**
 * Recognises failures the client caused with a malformed request, so they are answered 4xx instead of 500: the
 * framework failing while it read the request (a broken multipart body, an unparsable header, a broken
 * percent-escape), unreadable JSON, and values the database refuses as data (SQLSTATE class 22: a NUL character, a
 * number or date out of range). Such failures happen before or apart from the portal's own checks; nothing was
 * written (a refused statement rolls its transaction back).
 */
public final class ClientFaults {

    /** Framework code that only parses what the client sent. */
    private static final String[] REQUEST_PARSERS = { "org.jboss.resteasy.reactive.server.core.multipart.",
            "org.jboss.resteasy.reactive.common.headers.", "org.jboss.resteasy.reactive.common.util.URLUtils",
            "org.jboss.resteasy.reactive.common.util.MediaTypeHelper",
            // multipart bodies are decoded by Netty, under Vert.x' body handler (UploadSpool)
            "io.netty.handler.codec.http.multipart." };

    private ClientFaults() {
    }

    /** The 4xx status the failure deserves, or 0 when it is not the client's fault. */
    public static int status(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof WebApplicationException web) {
                int status = web.getResponse().getStatus();
                if (status >= 400 && status < 500) {
                    return status;
                }
            }
            if (cause instanceof JsonProcessingException) {
                return 400;
            }
            if (cause instanceof PgException pg && pg.getSqlState() != null && pg.getSqlState().startsWith("22")) {
                return 400;
            }
            if (thrownWhileParsingTheRequest(cause)) {
                return 400;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return 0;
    }

    private static boolean thrownWhileParsingTheRequest(Throwable failure) {
        if (failure.getClass().getName().startsWith(REQUEST_PARSERS[0])) {
            return true;
        }
        StackTraceElement[] frames = failure.getStackTrace();
        // the first frame outside the JDK tells who failed
        for (StackTraceElement frame : frames) {
            String type = frame.getClassName();
            if (type.startsWith("java.") || type.startsWith("jdk.") || type.startsWith("sun.")) {
                continue;
            }
            for (String parser : REQUEST_PARSERS) {
                if (type.startsWith(parser)) {
                    return true;
                }
            }
            return false;
        }
        return false;
    }
}
