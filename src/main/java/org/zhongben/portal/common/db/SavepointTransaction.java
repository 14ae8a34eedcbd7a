package org.zhongben.portal.common.db;

import java.util.function.Function;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * A transaction that may recover from a failed statement through savepoints. The Vert.x transaction API marks a
 * transaction rollback-only after any failed statement, even one rolled back to a savepoint; this helper issues
 * BEGIN, COMMIT and ROLLBACK itself so that recovery is possible, and always rolls back when the work fails.
 */
public final class SavepointTransaction {

    private SavepointTransaction() {
    }

    public static <T> Uni<T> run(Pool pool, Function<SqlConnection, Uni<T>> work) {
        return pool.withConnection(connection -> connection.query("BEGIN").execute()
                .chain(() -> work.apply(connection))
                .call(() -> connection.query("COMMIT").execute())
                .onFailure().call(failure -> connection.query("ROLLBACK").execute().onFailure().recoverWithNull()));
    }
}
