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
 * Re-encrypts every stored ID number under the current key after a new key was added to
 * {@code portal.crypto.id-keys}: one pass over the parties in id order, a batch per transaction, rows locked while they
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

    public Uni<Pass> rotate() {
        return batch(0, new Pass(0, 0));
    }

    private Uni<Pass> batch(long afterId, Pass soFar) {
        return pool.withTransaction(connection -> connection.preparedQuery("""
                SELECT id, id_number_enc FROM party WHERE id > $1 AND id_number_enc IS NOT NULL
                ORDER BY id LIMIT $2 FOR UPDATE""").execute(Tuple.of(afterId, BATCH)).chain(rows -> {
            List<Long> ids = new ArrayList<>();
            List<Buffer> values = new ArrayList<>();
            long last = afterId;
            int seen = 0;
            for (Row row : rows) {
                seen++;
                last = row.getLong("id");
                byte[] sealed = row.getBuffer("id_number_enc").getBytes();
                byte[] current = cipher.reencrypt(sealed);
                if (current != sealed) {
                    ids.add(last);
                    values.add(Buffer.buffer(current));
                }
            }
            Step step = new Step(new Pass(soFar.checked() + seen, soFar.reencrypted() + ids.size()), last, seen);
            Uni<Void> written = ids.isEmpty() ? Uni.createFrom().voidItem()
                    : connection.preparedQuery("""
                            UPDATE party p SET id_number_enc = v.value
                            FROM unnest($1::bigint[], $2::bytea[]) v(id, value) WHERE p.id = v.id""")
                            .execute(Tuple.of(ids.toArray(Long[]::new), values.toArray(Buffer[]::new))).replaceWithVoid();
            return written.replaceWith(step);
        })).chain(step -> step.seen() == BATCH ? batch(step.lastId(), step.pass()) : Uni.createFrom().item(step.pass()));
    }
}
