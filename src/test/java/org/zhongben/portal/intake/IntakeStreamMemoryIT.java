package org.zhongben.portal.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.zhongben.portal.accounts.SecretHasher;
import org.zhongben.portal.testsupport.CaseFiles;
import org.zhongben.portal.testsupport.PackagedPortal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A 20,000-line NDJSON stream through the packaged portal with its heap capped at 128 MiB: every line is stored and
 * the process survives, because neither the request nor the answer is ever held whole in memory.
 */
class IntakeStreamMemoryIT {

    private static final int LINES = 20_000;
    private static final String COURT = "浙0102";

    @Test
    void twentyThousandLineStreamIsStoredWithTheHeapCapped() throws Exception {
        Map<String, String> env = PackagedPortal.databaseAndKeys();
        try (PackagedPortal portal = PackagedPortal.launch(env, List.of("-Xmx128m", "-XX:+ExitOnOutOfMemoryError"))) {
            portal.awaitReady(Duration.ofSeconds(120));
            String secret = "stream-memory-test-secret";
            registerClient(env, "memory-test-client", secret);

            HttpClient client = HttpClient.newHttpClient();
            String token = CaseFiles.JSON.readTree(client.send(HttpRequest.newBuilder(portal.uri("/api/v1/auth/court-token"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "{\"clientId\":\"memory-test-client\",\"clientSecret\":\"" + secret + "\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString()).body()).get("accessToken").asText();

            HttpResponse<java.util.stream.Stream<String>> answer = client.send(
                    HttpRequest.newBuilder(portal.uri("/api/v1/intake/cases")).timeout(Duration.ofMinutes(10))
                            .header("Authorization", "Bearer " + token).header("Content-Type", "application/x-ndjson")
                            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> lines(LINES))).build(),
                    HttpResponse.BodyHandlers.ofLines());

            assertThat(answer.statusCode()).isEqualTo(200);
            long[] counts = new long[2];
            JsonNode[] summary = new JsonNode[1];
            List<String> rejected = new java.util.ArrayList<>();
            answer.body().forEach(line -> {
                JsonNode result = read(line);
                if (result.has("summary")) {
                    summary[0] = result.get("summary");
                } else if (result.get("status").asInt() == 201) {
                    counts[0]++;
                } else {
                    counts[1]++;
                    if (rejected.size() < 3) {
                        rejected.add(line);
                    }
                }
            });
            assertThat(counts[1]).as("rejected lines, e.g. %s; the portal said: %s", rejected,
                    portal.output().lines().filter(line -> line.contains("refused")).limit(5).toList()).isZero();
            assertThat(counts[0]).isEqualTo(LINES);
            assertThat(summary[0].get("accepted").asLong()).isEqualTo(LINES);
            assertThat(portal.alive()).as(portal.output()).isTrue();
            assertThat(portal.output()).doesNotContain("OutOfMemoryError");
        }
    }

    /** Generates the stream lazily, one case file at a time. */
    private static InputStream lines(int count) {
        ObjectNode template = CaseFiles.example();
        template.put("courtCode", COURT);
        long base = System.nanoTime() % 1_000_000;
        Enumeration<InputStream> parts = new Enumeration<>() {
            private int produced;

            @Override
            public boolean hasMoreElements() {
                return produced < count;
            }

            @Override
            public InputStream nextElement() {
                ObjectNode file = template.deepCopy();
                file.put("caseNumber", "(2022)" + COURT + "执" + (base + ++produced) + "号");
                return new ByteArrayInputStream((file + "\n").getBytes(StandardCharsets.UTF_8));
            }
        };
        return new SequenceInputStream(parts);
    }

    private static void registerClient(Map<String, String> env, String clientId, String secret) throws Exception {
        String url = env.getOrDefault("QUARKUS_DATASOURCE_JDBC_URL", System.getenv("QUARKUS_DATASOURCE_JDBC_URL"));
        String user = env.getOrDefault("QUARKUS_DATASOURCE_USERNAME", System.getenv("QUARKUS_DATASOURCE_USERNAME"));
        String password = env.getOrDefault("QUARKUS_DATASOURCE_PASSWORD", System.getenv("QUARKUS_DATASOURCE_PASSWORD"));
        try (Connection connection = DriverManager.getConnection(url, user, password == null ? "" : password);
                PreparedStatement insert = connection.prepareStatement("""
                        INSERT INTO court_client (client_id, secret_hash, court_code, name) VALUES (?, ?, ?, ?)
                        ON CONFLICT (client_id) DO UPDATE SET secret_hash = EXCLUDED.secret_hash""")) {
            insert.setString(1, clientId);
            insert.setString(2, new SecretHasher().hashBlocking(secret));
            insert.setString(3, COURT);
            insert.setString(4, "memory test");
            insert.executeUpdate();
        }
    }

    private static JsonNode read(String line) {
        try {
            return CaseFiles.JSON.readTree(line);
        } catch (Exception e) {
            throw new IllegalStateException(line, e);
        }
    }
}
