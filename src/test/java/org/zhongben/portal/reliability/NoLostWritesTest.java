package org.zhongben.portal.reliability;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.zhongben.portal.testsupport.CaseFiles;
import org.zhongben.portal.testsupport.TestTokens;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.vertx.mutiny.pgclient.PgConnection;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.pgclient.PgConnectOptions;

/**
 * Concurrent submissions while every database session is cut, ten times, in the middle of the run: each case file the
 * portal acknowledged (2xx) is stored afterwards; each one it refused is refused cleanly (503 with Retry-After, never
 * a half-written case) and is stored by simply sending it again.
 */
@QuarkusTest
class NoLostWritesTest {

    private static final int FILES = 240;

    @Inject
    Pool pool;

    @Inject
    io.vertx.mutiny.core.Vertx vertx;

    @ConfigProperty(name = "quarkus.datasource.reactive.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    String user;

    @ConfigProperty(name = "quarkus.datasource.password")
    java.util.Optional<String> password;

    private static Response send(String token, ObjectNode file) {
        return given().auth().oauth2(token).contentType("application/json").body(file.toString())
                .post("/api/v1/intake/cases");
    }

    @Test
    void everyAcknowledgedWriteIsStoredAndEveryRefusedOneCanBeSentAgain() throws Exception {
        String token = TestTokens.courtSystem(CaseFiles.COURT);
        List<ObjectNode> files = new ArrayList<>();
        for (int i = 0; i < FILES; i++) {
            files.add(CaseFiles.fresh());
        }
        String database = pool.query("SELECT current_database()").execute().await().indefinitely().iterator().next()
                .getString(0);
        SqlConnection admin = PgConnection.connect(vertx, PgConnectOptions.fromUri(url).setDatabase("postgres")
                .setUser(user).setPassword(password.orElse(""))).await().indefinitely();

        Map<String, Integer> answers = new ConcurrentHashMap<>();
        java.util.concurrent.atomic.AtomicLong firstCut = new java.util.concurrent.atomic.AtomicLong(Long.MAX_VALUE);
        java.util.concurrent.atomic.AtomicInteger afterCut = new java.util.concurrent.atomic.AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(8);
        List<Future<?>> sent = new ArrayList<>();
        for (ObjectNode file : files) {
            sent.add(clients.submit(() -> {
                Response answer = send(token, file);
                if (answer.statusCode() >= 500) {
                    assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(503);
                    assertThat(answer.getHeader("Retry-After")).isNotNull();
                }
                answers.put(file.get("caseNumber").asText(), answer.statusCode());
                if (System.nanoTime() > firstCut.get()) {
                    afterCut.incrementAndGet();
                }
            }));
        }
        try {
            for (int cut = 0; cut < 10; cut++) {
                Thread.sleep(80);
                firstCut.compareAndSet(Long.MAX_VALUE, System.nanoTime());
                admin.preparedQuery("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1")
                        .execute(Tuple.of(database)).await().indefinitely();
            }
            for (Future<?> request : sent) {
                request.get(60, TimeUnit.SECONDS);
            }
        } finally {
            clients.shutdownNow();
            admin.close().await().indefinitely();
        }

        assertThat(answers).hasSize(FILES);
        assertThat(afterCut.get()).as("requests still in flight when the sessions were cut").isGreaterThan(FILES / 4);
        assertThat(answers.values()).as("acknowledged or refused as unavailable, nothing else").allMatch(
                status -> status == 201 || status == 503);
        // every acknowledged file is there, whole
        for (Map.Entry<String, Integer> answer : answers.entrySet()) {
            if (answer.getValue() == 201) {
                given().auth().oauth2(token).get("/api/v1/intake/cases/{n}", answer.getKey()).then().statusCode(200);
            }
        }
        // every refused one is stored by sending it again, and none is stored twice
        for (ObjectNode file : files) {
            if (answers.get(file.get("caseNumber").asText()) != 201) {
                int status = 0;
                for (int attempt = 0; attempt < 20 && status != 201; attempt++) {
                    status = send(token, file).statusCode();
                    if (status != 201) {
                        Thread.sleep(250);
                    }
                }
                assertThat(status).isEqualTo(201);
            }
        }
        String[] numbers = files.stream().map(file -> file.get("caseNumber").asText()).toArray(String[]::new);
        assertThat(pool.preparedQuery("SELECT count(*) FROM enforcement_case WHERE case_number = ANY($1)")
                .execute(Tuple.of(numbers)).await().indefinitely().iterator().next().getLong(0)).isEqualTo(FILES);
        assertThat(pool.preparedQuery("""
                SELECT count(*) FROM enforcement_case c WHERE c.case_number = ANY($1)
                  AND NOT EXISTS (SELECT 1 FROM party p WHERE p.case_id = c.id)""")
                .execute(Tuple.of(numbers)).await().indefinitely().iterator().next().getLong(0))
                .as("no case stored without its parties").isZero();
    }
}
