package org.zhongben.portal.common.error;

import java.net.ConnectException;
import java.nio.channels.ClosedChannelException;

import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;

/** Recognises failures that mean "the database is unreachable right now" (answered with 503 and Retry-After). */
public final class DatabaseFailures {

    public static final int RETRY_AFTER_SECONDS = 5;

    private DatabaseFailures() {
    }

    public static boolean isUnavailable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof ClosedChannelException
                    || cause instanceof ClosedConnectionException) {
                return true;
            }
            if (cause instanceof PgException pg && pg.getSqlState() != null
                    && (pg.getSqlState().startsWith("08") || pg.getSqlState().startsWith("57P")
                            || pg.getSqlState().equals("53300") || notAcceptingConnections(pg))) {
                return true;
            }
            String message = cause.getMessage();
            if (message != null && (message.contains("Connection refused") || message.contains("Connection is closed")
                    || message.contains("Connection reset") || message.contains("Connection is not active")
                    || message.contains("Timeout while waiting for a connection"))) {
                return true;
            }
        }
        return false;
    }

    /** A database closed to new sessions (maintenance, a failover in progress): SQLSTATE 55000 with this message. */
    private static boolean notAcceptingConnections(PgException pg) {
        return "55000".equals(pg.getSqlState()) && pg.getErrorMessage() != null
                && pg.getErrorMessage().contains("not currently accepting connections");
    }
}
