package org.zhongben.portal.common.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.util.concurrent.CompletionException;

import org.junit.jupiter.api.Test;

import io.vertx.pgclient.PgException;

/** Which failures mean "the database is unreachable right now" (503 with Retry-After) and which are bugs (500). */
class DatabaseFailuresTest {

    @Test
    void lostOrRefusedConnectionsAndClosedDatabasesAreUnavailable() {
        assertThat(DatabaseFailures.isUnavailable(new CompletionException(new ConnectException("Connection refused"))))
                .isTrue();
        assertThat(DatabaseFailures.isUnavailable(new CompletionException(
                new IllegalStateException("Connection is not active now, current status: CLOSED")))).isTrue();
        assertThat(DatabaseFailures.isUnavailable(new java.net.SocketException("Connection reset"))).isTrue();
        assertThat(DatabaseFailures.isUnavailable(new PgException("terminating connection due to administrator command",
                "FATAL", "57P01", null))).isTrue();
        assertThat(DatabaseFailures.isUnavailable(new PgException("sorry, too many clients already", "FATAL", "53300",
                null))).isTrue();
        assertThat(DatabaseFailures.isUnavailable(new PgException(
                "database \"portal\" is not currently accepting connections", "FATAL", "55000", null))).isTrue();
    }

    @Test
    void errorsOfTheStatementItselfAreNot() {
        assertThat(DatabaseFailures.isUnavailable(new PgException("division by zero", "ERROR", "22012", null))).isFalse();
        assertThat(DatabaseFailures.isUnavailable(new PgException("object not in prerequisite state", "ERROR", "55000",
                null))).isFalse();
        assertThat(DatabaseFailures.isUnavailable(new IllegalStateException("bug"))).isFalse();
    }
}
