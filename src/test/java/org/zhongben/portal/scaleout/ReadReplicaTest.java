package org.zhongben.portal.scaleout;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.zhongben.portal.statistics.StatisticsRefresh;
import org.zhongben.portal.testsupport.CaseFiles;
import org.zhongben.portal.testsupport.Intake;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.reactive.datasource.ReactiveDataSource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.pgclient.PgException;

/**
 * The read/write split against a real streaming replica: the portal's read-only pool ({@code replica}) points at a
 * PostgreSQL hot standby that the test copies from the test database with pg_basebackup and starts on a port of its
 * own. The public registry and the statistics are read from the standby (while its replay is paused they do not see
 * what intake just wrote on the primary; once it resumes they do), writes go to the primary, and the standby refuses
 * writes whatever the session asks for.
 */
@QuarkusTest
@TestProfile(ReadReplicaTest.StreamingReplicaProfile.class)
class ReadReplicaTest {

    /** The application's read-only pool points at a standby the resource starts before Quarkus does. */
    public static class StreamingReplicaProfile implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(StandbyResource.class));
        }
    }

    /** Starts the standby (and, through the test environment, the primary it copies) and stops and deletes it after. */
    public static class StandbyResource implements QuarkusTestResourceLifecycleManager {

        private StreamingReplica replica;

        @Override
        public Map<String, String> start() {
            StreamingReplica.Primary primary = StreamingReplica.Primary.ofTestRun();
            replica = StreamingReplica.start(primary);
            return Map.of("quarkus.datasource.\"replica\".reactive.url", replica.reactiveUrl(),
                    "quarkus.datasource.\"replica\".username", primary.user(),
                    "quarkus.datasource.\"replica\".password", primary.password());
        }

        @Override
        public void stop() {
            if (replica != null) {
                replica.close();
            }
        }
    }

    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华玉萍红娥玲芬燕彬鹏";

    @Inject
    Pool primary;

    @Inject
    @ReactiveDataSource("replica")
    Pool replica;

    @Inject
    StatisticsRefresh statistics;

    private static Row one(Pool pool, String sql, Object... parameters) {
        return pool.preparedQuery(sql).execute(Tuple.from(parameters)).await().indefinitely().iterator().next();
    }

    private static int configuredReplicaPort() {
        String url = ConfigProvider.getConfig().getValue("quarkus.datasource.\"replica\".reactive.url", String.class);
        return java.net.URI.create(url).getPort();
    }

    /**
     * Stops the standby applying WAL (it keeps receiving it). The pause takes effect at the next WAL record, so the
     * primary writes one while the test waits (an idle primary may write none for many seconds).
     */
    private void pauseReplay() {
        replica.query("SELECT pg_wal_replay_pause()").execute().await().indefinitely();
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100)).until(() -> {
            primary.query("SELECT pg_logical_emit_message(false, 'read-replica-test', 'pause')").execute().await()
                    .indefinitely();
            return "paused".equals(one(replica, "SELECT pg_get_wal_replay_pause_state()").getString(0));
        });
    }

    private void resumeReplay() {
        replica.query("SELECT pg_wal_replay_resume()").execute().await().indefinitely();
    }

    private static Response search(String name) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return given().header("X-Forwarded-For", "10.77." + random.nextInt(255) + "." + random.nextInt(255))
                .queryParam("name", name).get("/api/v1/registry");
    }

    @Test
    void theReadOnlyPoolIsAStandbyOfTheSameMajorVersionStreamingFromThePrimary() {
        Row onReplica = one(replica, """
                SELECT pg_is_in_recovery() AS standby, current_setting('port')::int AS port,
                       current_setting('server_version_num')::int AS version, current_setting('application_name') AS name,
                       (SELECT status FROM pg_stat_wal_receiver) AS receiver""");
        Row onPrimary = one(primary, """
                SELECT pg_is_in_recovery() AS standby, current_setting('port')::int AS port,
                       current_setting('server_version_num')::int AS version""");

        assertThat(onReplica.getBoolean("standby")).isTrue();
        assertThat(onReplica.getString("receiver")).isEqualTo("streaming");
        assertThat(onReplica.getInteger("port")).isEqualTo(configuredReplicaPort())
                .isNotEqualTo(onPrimary.getInteger("port"));
        assertThat(onReplica.getString("name")).isEqualTo("portal-read-replica");
        assertThat(onPrimary.getBoolean("standby")).isFalse();
        assertThat(onReplica.getInteger("version") / 10000).as("major version of the standby")
                .isEqualTo(onPrimary.getInteger("version") / 10000).isEqualTo(15);
        assertThat(one(primary, "SELECT count(*) FROM pg_stat_replication WHERE state = 'streaming'").getLong(0))
                .isPositive();
    }

    @Test
    void registrySearchesAreAnsweredByTheReplicaAndSeeIntakeOnceItIsReplayed() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String debtor = "副" + GIVEN.charAt(random.nextInt(GIVEN.length())) + GIVEN.charAt(random.nextInt(GIVEN.length()))
                + random.nextInt(100_000, 1_000_000);
        ObjectNode file = CaseFiles.fresh();
        ((ObjectNode) file.get("parties").get(1)).put("name", debtor);

        Intake.StoredCase stored;
        pauseReplay();
        try {
            stored = Intake.store(file);
            // the write went to the primary ...
            assertThat(one(primary, "SELECT count(*) FROM registry_entry WHERE debtor_name = $1", debtor).getLong(0))
                    .isEqualTo(1);
            // ... and the search (whose rate-limit counter is a write on the primary, too) reads the standby, which has
            // not replayed it yet
            search(debtor).then().statusCode(200).body("items.size()", org.hamcrest.Matchers.equalTo(0));
            assertThat(one(replica, "SELECT count(*) FROM registry_entry WHERE debtor_name = $1", debtor).getLong(0))
                    .isZero();
        } finally {
            resumeReplay();
        }
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> search(debtor).then().statusCode(200)
                        .body("items.size()", org.hamcrest.Matchers.equalTo(1))
                        .body("items[0].caseNumber", org.hamcrest.Matchers.equalTo(stored.caseNumber())));
    }

    @Test
    void statisticsAreReadFromTheReplica() {
        Intake.store(CaseFiles.fresh());
        Function<Pool, OffsetDateTime> refreshedAt = pool -> one(pool,
                "SELECT max(refreshed_at) FROM court_statistics WHERE court_code = $1", CaseFiles.COURT)
                .getOffsetDateTime(0);
        assertThat(statistics.refresh().await().indefinitely()).isTrue();
        OffsetDateTime first = refreshedAt.apply(primary);
        await().atMost(Duration.ofSeconds(30)).until(() -> shownRefreshedAt().isEqual(first));

        pauseReplay();
        try {
            assertThat(statistics.refresh().await().indefinitely()).isTrue();
            assertThat(refreshedAt.apply(primary)).isAfter(first);
            assertThat(shownRefreshedAt()).as("figures shown while the standby is paused").isAtSameInstantAs(first);
        } finally {
            resumeReplay();
        }
        OffsetDateTime second = refreshedAt.apply(primary);
        await().atMost(Duration.ofSeconds(30)).until(() -> shownRefreshedAt().isEqual(second));
    }

    /** When the figures the statistics API shows for the test court were computed. */
    private static OffsetDateTime shownRefreshedAt() {
        List<String> times = given().get("/api/v1/statistics/courts/" + CaseFiles.COURT).then().statusCode(200).extract()
                .jsonPath().getList("years.refreshedAt", String.class);
        return times.stream().map(OffsetDateTime::parse).max(OffsetDateTime::compareTo).orElse(OffsetDateTime.MIN);
    }

    @Test
    void theReplicaRefusesWritesEvenWhereAReadOnlySessionOnThePrimaryMayWrite() {
        Throwable update = catchThrowable(() -> replica.query("UPDATE registry_entry SET unperformed_amount = 0")
                .execute().await().indefinitely());
        assertThat(update).isInstanceOf(PgException.class);
        assertThat(((PgException) update).getSqlState()).isEqualTo("25006");

        // a read-only transaction on the primary may still take a transaction id; a standby, being in recovery, may not
        String takeTransactionId = "SELECT pg_current_xact_id()";
        primary.withTransaction(connection -> connection.query("SET TRANSACTION READ ONLY").execute()
                .chain(() -> connection.query(takeTransactionId).execute())).await().indefinitely();
        Throwable onStandby = catchThrowable(() -> replica.withTransaction(connection -> connection
                .query(takeTransactionId).execute()).await().indefinitely());
        assertThat(onStandby).isInstanceOf(PgException.class).hasMessageContaining("during recovery");
        assertThat(((PgException) onStandby).getSqlState()).isEqualTo("25006");

        // nor can a session ask for a read-write transaction there (feature_not_supported, "during recovery")
        Throwable readWrite = catchThrowable(() -> replica.withTransaction(connection -> connection
                .query("SET TRANSACTION READ WRITE").execute()).await().indefinitely());
        assertThat(readWrite).isInstanceOf(PgException.class).hasMessageContaining("during recovery");
        assertThat(((PgException) readWrite).getSqlState()).isEqualTo("0A000");
    }
}
