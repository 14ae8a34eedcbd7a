package org.zhongben.portal.common.db;

import java.time.Duration;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Transaction;

/**
 * A transaction driven from a worker thread, for work that must read a blocking stream (uploads) while it writes:
 * commit when the work returns, roll back when it throws. Never call it on the event loop.
 */
public final class BlockingTransaction {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @FunctionalInterface
    public interface Work<T, E extends Exception> {
        T run(SqlConnection connection) throws E;
    }

    private BlockingTransaction() {
    }

    public static <T, E extends Exception> T run(Pool pool, Work<T, E> work) throws E {
        SqlConnection connection = pool.getConnection().await().atMost(TIMEOUT);
        try {
            Transaction transaction = connection.begin().await().atMost(TIMEOUT);
            T result;
            try {
                result = work.run(connection);
            } catch (Exception | Error e) {
                transaction.rollback().await().atMost(TIMEOUT);
                throw e;
            }
            transaction.commit().await().atMost(TIMEOUT);
            return result;
        } finally {
            connection.close().await().atMost(TIMEOUT);
        }
    }
}
