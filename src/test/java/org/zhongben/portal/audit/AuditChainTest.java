package org.zhongben.portal.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.zhongben.portal.accounts.Roles;
import org.zhongben.portal.testsupport.TestAccounts;
import org.zhongben.portal.testsupport.TestTokens;

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
    AuditChainCommand command;

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
        // the operator's command exits with 2, and a supervisor's check says where
        assertThat(command.run().await().indefinitely()).isEqualTo(2);
        String supervisor = TestTokens.account(TestAccounts.create(pool, Roles.SUPERVISOR, "监督员", null),
                Roles.SUPERVISOR, "监督员");
        given().auth().oauth2(supervisor).get("/api/v1/audit/chain").then().statusCode(200)
                .body("intact", equalTo(false)).body("brokenEventId", equalTo((int) id));

        // put it back so later tests see an intact chain
        pool.withTransaction(connection -> connection.query("ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only")
                .execute()
                .chain(() -> connection.preparedQuery("UPDATE audit_event SET actor_label = '王*' WHERE id = $1")
                        .execute(Tuple.of(id)))
                .chain(() -> connection.query("ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only").execute()))
                .await().indefinitely();
        assertThat(chain.verify().await().indefinitely().intact()).isTrue();
        assertThat(command.run().await().indefinitely()).isZero();
        given().auth().oauth2(supervisor).get("/api/v1/audit/chain").then().statusCode(200)
                .body("intact", equalTo(true)).body("checked", greaterThan(1));
        // only supervisors may ask
        String clerk = TestTokens.clerk(TestAccounts.create(pool, Roles.CLERK, "书记员", "京0105"), "书记员", "京0105");
        given().auth().oauth2(clerk).get("/api/v1/audit/chain").then().statusCode(403);
        given().get("/api/v1/audit/chain").then().statusCode(401);
    }
}
