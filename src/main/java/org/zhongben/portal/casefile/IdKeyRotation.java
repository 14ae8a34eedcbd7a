package org.zhongben.portal.casefile;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.zhongben.portal.common.crypto.FieldCipher;

import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Re-encrypts every value sealed with the field key (parties' ID numbers, staff authenticator secrets) under the
 * current key after a new key was added to {@code portal.crypto.id-keys}: one pass per table in key order, a batch per
 * transaction, rows locked while they
 * are rewritten (a concurrent intake waits for its row, never loses a write). Values already under the current key
 * are left alone, so the pass can be stopped and run again.
 */
@ApplicationScoped
public class IdKeyRotation {

    static final int BATCH = 1_000;

    private final Pool pool;
    private final FieldCipher cipher;

    IdKeyRotation(Pool pool, FieldCipher cipher) {
        this.pool = pool;
        this.cipher = cipher;
    }

    /** What a pass did: rows looked at and rows re-encrypted. */
    public record Pass(long checked, long reencrypted) {
    }

    private record Step(Pass pass, long lastId, int seen) {
    }

    /** A column of sealed values and the bigint key of its table (names are constants of this class, never input). */
    private record Sealed(String table, String key, String column) {
    }

    private static final List<Sealed> SEALED = List.of(new Sealed("party", "id", "id_number_enc"),
            new Sealed("staff_second_factor", "account_id", "secret_enc"));

    public Uni<Pass> rotate() {
        Uni<Pass> pass = Uni.createFrom().item(new Pass(0, 0));
        for (Sealed sealed : SEALED) {
            pass = pass.chain(soFar -> batch(sealed, 0, soFar));
        }
        return pass;
    }

    private Uni<Pass> batch(Sealed table, long afterId, Pass soFar) {
        return pool.withTransaction(connection -> connection.preparedQuery("SELECT " + table.key() + " AS id, "
                + table.column() + " AS sealed FROM " + table.table() + " WHERE " + table.key() + " > $1 AND "
                + table.column() + " IS NOT NULL ORDER BY " + table.key() + " LIMIT $2 FOR UPDATE")
                .execute(Tuple.of(afterId, BATCH)).chain(rows -> {
                    List<Long> ids = new ArrayList<>();
                    List<Buffer> values = new ArrayList<>();
                    long last = afterId;
                    int seen = 0;
                    for (Row row : rows) {
                        seen++;
                        last = row.getLong("id");
                        byte[] sealed = row.getBuffer("sealed").getBytes();
                        byte[] current = cipher.reencrypt(sealed);
                        if (current != sealed) {
                            ids.add(last);
                            values.add(Buffer.buffer(current));
                        }
                    }
                    Step step = new Step(new Pass(soFar.checked() + seen, soFar.reencrypted() + ids.size()), last, seen);
                    Uni<Void> written = ids.isEmpty() ? Uni.createFrom().voidItem()
                            : connection.preparedQuery("UPDATE " + table.table() + " t SET " + table.column() + " = v.value "
                                    + "FROM unnest($1::bigint[], $2::bytea[]) v(id, value) WHERE t." + table.key() + " = v.id")
                                    .execute(Tuple.of(ids.toArray(Long[]::new), values.toArray(Buffer[]::new)))
                                    .replaceWithVoid();
                    return written.replaceWith(step);
                })).chain(step -> step.seen() == BATCH ? batch(table, step.lastId(), step.pass())
                        : Uni.createFrom().item(step.pass()));
    }
}
