package org.zhongben.portal.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/** The audit log accepts only inserts; its hash chain exposes any change made behind the application's back. */
@QuarkusTest
class AuditChainTest {

    @Inject
    AuditLog log;

    @Inject
    AuditChain chain;

    @Inject
    Pool pool;

    private long record(String subject) {
        log.record(new Actor(Actor.Kind.ACCOUNT, "account:1", "clerk", "王*", "10.0.0.1"), AuditAction.DECISION_RECORDED,
                42L, subject).await().indefinitely();
        return pool.preparedQuery("SELECT max(id) FROM audit_event WHERE subject = $1").execute(Tuple.of(subject))
                .await().indefinitely().iterator().next().getLong(0);
    }

    @Test
    void eventsAreChainedAndTheChainVerifies() {
        record("chain-a");
        record("chain-b");
        assertThat(chain.chainPending().await().indefinitely()).isGreaterThanOrEqualTo(2);
        AuditChain.Verification verification = chain.verify().await().indefinitely();
        assertThat(verification.intact()).isTrue();
        assertThat(verification.checked()).isGreaterThanOrEqualTo(2);
        assertThat(verification.pending()).isZero();
    }

    @Test
    void theApplicationCannotChangeOrDeleteAuditRecords() {
        long id = record("immutable");
        assertThatThrownBy(() -> pool.preparedQuery("UPDATE audit_event SET subject = 'x' WHERE id = $1")
                .execute(Tuple.of(id)).await().indefinitely()).hasMessageContaining("append-only");
        assertThatThrownBy(() -> pool.preparedQuery("DELETE FROM audit_event WHERE id = $1").execute(Tuple.of(id)).await()
                .indefinitely()).hasMessageContaining("append-only");
        assertThatThrownBy(() -> pool.query("TRUNCATE audit_chain").execute().await().indefinitely())
                .hasMessageContaining("append-only");
    }

    @Test
    void alteringAChainedEventBehindTheApplicationsBackIsDetected() {
        long id = record("tamper-target");
        record("after-the-target");
        chain.chainPending().await().indefinitely();
        assertThat(chain.verify().await().indefinitely().intact()).isTrue();

        // an operator with table rights switches the guard off and edits history
        pool.withTransaction(connection -> connection.query("ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only")
                .execute()
                .chain(() -> connection.preparedQuery("UPDATE audit_event SET actor_label = '张*改' WHERE id = $1")
                        .execute(Tuple.of(id)))
                .chain(() -> connection.query("ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only").execute()))
                .await().indefinitely();

        AuditChain.Verification verification = chain.verify().await().indefinitely();
        assertThat(verification.intact()).isFalse();
        assertThat(verification.brokenEventId()).isEqualTo(id);

        // put it back so later tests see an intact chain
        pool.withTransaction(connection -> connection.query("ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only")
                .execute()
                .chain(() -> connection.preparedQuery("UPDATE audit_event SET actor_label = '王*' WHERE id = $1")
                        .execute(Tuple.of(id)))
                .chain(() -> connection.query("ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only").execute()))
                .await().indefinitely();
        assertThat(chain.verify().await().indefinitely().intact()).isTrue();
    }
}
