package org.zhongben.portal.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The hash chain over the audit log. Every {@code hash(n) = SHA-256(hash(n-1) || canonical text of event n)}, so
 * changing, removing or reordering any chained event breaks every later hash. Chaining runs every two seconds on
 * whichever replica takes the advisory lock; verification walks the whole chain.
 */
@ApplicationScoped
public class AuditChain {

    private static final Logger LOG = Logger.getLogger(AuditChain.class);
    /** Advisory lock key: only one replica chains at a time. */
    private static final long CHAIN_LOCK = 0x617564697463L;
    private static final int BATCH = 2000;
    private static final byte[] GENESIS = new byte[32];

    private final Pool pool;

    AuditChain(Pool pool) {
        this.pool = pool;
    }

    @Scheduled(every = "${portal.audit.chain-interval:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> scheduledChaining() {
        return chainPending().onFailure().invoke(failure -> LOG.warn("Audit chaining failed; will retry", failure))
                .onFailure().recoverWithItem(0).replaceWithVoid();
    }

    /** Chains every pending event; returns how many it chained (0 if another replica holds the lock). */
    public Uni<Integer> chainPending() {
        return pool.withTransaction(connection -> connection.preparedQuery("SELECT pg_try_advisory_xact_lock($1)")
                .execute(Tuple.of(CHAIN_LOCK))
                .chain(locked -> locked.iterator().next().getBoolean(0) ? chainBatch(connection, 0)
                        : Uni.createFrom().item(0)));
    }

    private Uni<Integer> chainBatch(SqlConnection connection, int chainedSoFar) {
        return connection.query("SELECT seq, hash FROM audit_chain ORDER BY seq DESC LIMIT 1").execute()
                .chain(head -> connection.preparedQuery("""
                        WITH taken AS (
                            DELETE FROM audit_pending
                            WHERE event_id IN (SELECT event_id FROM audit_pending ORDER BY event_id LIMIT $1)
                            RETURNING event_id)
                        SELECT e.id, audit_event_canonical(e) AS canonical
                        FROM audit_event e JOIN taken t ON t.event_id = e.id ORDER BY e.id""")
                        .execute(Tuple.of(BATCH))
                        .chain(events -> {
                            if (events.size() == 0) {
                                return Uni.createFrom().item(chainedSoFar);
                            }
                            long seq = head.size() == 0 ? 0 : head.iterator().next().getLong("seq");
                            byte[] previous = head.size() == 0 ? GENESIS
                                    : head.iterator().next().getBuffer("hash").getBytes();
                            List<Tuple> links = new ArrayList<>(events.size());
                            for (Row event : events) {
                                previous = link(previous, event.getString("canonical"));
                                links.add(Tuple.of(++seq, event.getLong("id"),
                                        io.vertx.core.buffer.Buffer.buffer(previous)));
                            }
                            int count = events.size();
                            return connection.preparedQuery("INSERT INTO audit_chain (seq, event_id, hash) VALUES ($1, $2, $3)")
                                    .executeBatch(links)
                                    .chain(() -> count == BATCH ? chainBatch(connection, chainedSoFar + count)
                                            : Uni.createFrom().item(chainedSoFar + count));
                        }));
    }

    /** The result of walking the chain. */
    public record Verification(boolean intact, long checked, long pending, Long brokenAtSeq, Long brokenEventId,
            String lastHash) {
    }

    /** Recomputes every link from the stored events; the first mismatch names the altered or reordered event. */
    public Uni<Verification> verify() {
        return pool.withConnection(connection -> connection.query("SELECT count(*) FROM audit_pending").execute()
                .chain(pending -> walk(connection, 0, GENESIS, 0, pending.iterator().next().getLong(0))));
    }

    private Uni<Verification> walk(SqlConnection connection, long afterSeq, byte[] previous, long checked, long pending) {
        return connection.preparedQuery("""
                SELECT c.seq, c.event_id, c.hash, audit_event_canonical(e) AS canonical
                FROM audit_chain c LEFT JOIN audit_event e ON e.id = c.event_id
                WHERE c.seq > $1 ORDER BY c.seq LIMIT $2""").execute(Tuple.of(afterSeq, BATCH)).chain(rows -> {
            byte[] hash = previous;
            long expectedSeq = afterSeq;
            long count = checked;
            for (Row row : rows) {
                long seq = row.getLong("seq");
                String canonical = row.getString("canonical");
                hash = canonical == null ? null : link(hash, canonical);
                byte[] stored = row.getBuffer("hash").getBytes();
                if (seq != expectedSeq + 1 || hash == null || !MessageDigest.isEqual(hash, stored)) {
                    return Uni.createFrom().item(new Verification(false, count, pending, seq,
                            row.getLong("event_id"), null));
                }
                expectedSeq = seq;
                count++;
            }
            if (rows.size() == BATCH) {
                return walk(connection, expectedSeq, hash, count, pending);
            }
            return Uni.createFrom().item(new Verification(true, count, pending, null, null,
                    HexFormat.of().formatHex(hash)));
        });
    }

    static byte[] link(byte[] previous, String canonical) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(previous);
            digest.update(canonical.getBytes(StandardCharsets.UTF_8));
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
