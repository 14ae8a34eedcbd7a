package org.zhongben.portal.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.zhongben.portal.accounts.SecretHasher;
import org.zhongben.portal.common.web.UrlPaths;
import org.zhongben.portal.testsupport.CaseFiles;
import org.zhongben.portal.testsupport.PackagedPortal;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * SIGTERM to the packaged portal while an upload is on the wire, the way Kubernetes stops a pod:
 * <ol>
 * <li>during the shutdown delay ({@code quarkus.shutdown.delay}) readiness answers 503 so endpoints drop the pod, and
 * requests still arriving are served;</li>
 * <li>after the delay every new request gets 503 with {@code Retry-After} (problem+json for the API, the error page
 * for a browser), while the upload that began before the signal keeps streaming and is stored whole (200, its blob's
 * SHA-256 and size those of the bytes sent);</li>
 * <li>once nothing is in flight the listener closes (connection refused; no other answer in between), and the process
 * exits 0 within {@code quarkus.shutdown.delay} + {@code quarkus.shutdown.timeout};</li>
 * <li>uploads cut off mid-body by their client (a streamed document, a multipart file spooled to disk) leave no blob,
 * no document row and no spool file; spool files an earlier process left in the uploads folder are removed at
 * start.</li>
 * </ol>
 */
class GracefulShutdownIT {

    private static final String COURT = CaseFiles.COURT;
    private static final Duration DELAY = Duration.ofSeconds(5);
    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final int WHOLE = 2 * 1024 * 1024;
    private static final int PIECE = 24 * 1024;
    private static final long PIECE_EVERY_MS = 200;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void inFlightUploadCompletesNewRequestsGet503CutOffUploadsLeaveNothingAndTheProcessExitsZero() throws Exception {
        Path dataDir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "graceful-shutdown-");
        Path uploads = Files.createDirectories(dataDir.resolve("uploads"));
        Path leftOver = Files.writeString(uploads.resolve("left-over-from-a-killed-process"), "half an upload");
        Files.setLastModifiedTime(leftOver, FileTime.from(Instant.now().minus(Duration.ofHours(1))));

        Map<String, String> env = PackagedPortal.databaseAndKeys();
        env.put("PORTAL_DATA_DIR", dataDir.toString());
        Database database = Database.of(env);
        byte[] whole = pdf(WHOLE, 1);
        byte[] cutOff = pdf(1024 * 1024, 2);
        ObjectNode file = CaseFiles.fresh(COURT);
        String caseNumber = file.get("caseNumber").asText();
        long blobsBefore;
        try (PackagedPortal portal = PackagedPortal.launch(env, List.of("-Xmx384m", "-XX:TieredStopAtLevel=1"))) {
            portal.awaitReady(Duration.ofMinutes(3));
            assertThat(leftOver).as("spool file left by an earlier process").doesNotExist();

            String token = courtToken(database, portal);
            CaseFiles.with(file, "documents[0].sha256", sha256(whole));
            CaseFiles.with(file, "documents[0].size", whole.length);
            CaseFiles.with(file, "documents[1].sha256", sha256(cutOff));
            HttpResponse<String> stored = http.send(HttpRequest.newBuilder(portal.uri("/api/v1/intake/cases"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(file.toString())).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(stored.statusCode()).as(stored.body()).isEqualTo(201);
            blobsBefore = database.count("SELECT count(*) FROM blob");

            // -- uploads cut off by their client -------------------------------------------------------------------
            String documents = "/api/v1/intake/cases/" + UrlPaths.segment(caseNumber) + "/documents/";
            try (RawRequest put = RawRequest.open(portal, "PUT", documents + "D2", token, "application/pdf",
                    cutOff.length)) {
                put.send(cutOff, 0, 300 * 1024);
                Thread.sleep(500);
            }
            byte[] multipart = multipart("----shutdown-test", "file", pdf(900 * 1024, 3));
            try (RawRequest post = RawRequest.open(portal, "POST", "/api/v1/records/verify", null,
                    "multipart/form-data; boundary=----shutdown-test", multipart.length)) {
                post.send(multipart, 0, 400 * 1024);
                await().atMost(Duration.ofSeconds(10)).until(() -> !regularFiles(uploads).isEmpty());
            }
            await().atMost(Duration.ofSeconds(10)).untilAsserted(
                    () -> assertThat(regularFiles(uploads)).as("spool files after the client went away").isEmpty());

            // -- SIGTERM while a slow upload is on the wire --------------------------------------------------------
            RawRequest slow = RawRequest.open(portal, "PUT", documents + "D1", token, "application/pdf", whole.length);
            slow.send(whole, 0, 256 * 1024);
            CompletableFuture<Answer> upload = CompletableFuture.supplyAsync(() -> slow.finish(whole, 256 * 1024));
            Thread.sleep(1000);
            long signalled = System.nanoTime();
            portal.terminate();

            // the delay: not ready any more, but still serving what reaches it
            await().atMost(Duration.ofSeconds(3)).pollInterval(Duration.ofMillis(100))
                    .until(() -> get(portal, "/q/health/ready", "application/json").statusCode() == 503);
            String caseUri = documents.replace("/documents/", "");
            HttpResponse<String> duringDelay = http.send(HttpRequest.newBuilder(portal.uri(caseUri))
                    .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(duringDelay.statusCode()).as("a request during the delay: %s", duringDelay.body()).isEqualTo(200);
            // static files too (when the JVM handled SIGTERM, Vert.x had already deleted its file cache: 500)
            assertThat(get(portal, "/docs/example-case-file.json", "application/json").statusCode()).isEqualTo(200);
            assertThat(secondsSince(signalled)).as("still within the delay").isLessThan(DELAY.toSeconds());

            // after the delay: new requests are refused with a reason and a time to come back
            Thread.sleep(Math.max(0, DELAY.toMillis() + 1000 - (System.nanoTime() - signalled) / 1_000_000));
            HttpResponse<String> api = http.send(HttpRequest.newBuilder(portal.uri(caseUri))
                    .header("Authorization", "Bearer " + token).header("Accept-Language", "en").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(api.statusCode()).as(api.body()).isEqualTo(503);
            assertThat(api.headers().firstValue("Retry-After")).hasValueSatisfying(
                    seconds -> assertThat(Integer.parseInt(seconds)).isPositive());
            assertThat(api.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(CaseFiles.JSON.readTree(api.body()).get("code").asText()).isEqualTo("common/shutting-down");
            HttpResponse<String> page = get(portal, "/registry", "text/html");
            assertThat(page.statusCode()).isEqualTo(503);
            assertThat(page.headers().firstValue("Retry-After")).isPresent();
            assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
            assertThat(page.body()).contains("<html").contains("503");
            assertThat(upload).as("the upload is still on the wire while new requests are refused").isNotDone();

            // the upload that began before the signal is stored whole
            Answer uploaded = upload.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(200);
            assertThat(uploaded.body()).contains(sha256(whole));
            assertThat(secondsSince(signalled)).as("the upload outlasted the delay").isGreaterThan(DELAY.toSeconds());

            // then nothing is served any more: 503, or no answer at all once the listener closes (connection refused,
            // or accepted and closed while the server stops)
            List<Integer> answers = new ArrayList<>();
            List<String> unanswered = new ArrayList<>();
            while (portal.alive()) {
                try {
                    answers.add(get(portal, "/docs/example-case-file.json", "application/json").statusCode());
                } catch (IOException closed) {
                    unanswered.add(closed.getClass().getSimpleName());
                }
                Thread.sleep(50);
            }
            System.out.printf("GracefulShutdownIT: after the upload %d answers %s, %d unanswered %s%n", answers.size(),
                    answers.stream().distinct().toList(), unanswered.size(), unanswered.stream().distinct().toList());
            assertThat(answers).as("answers after the upload finished").allSatisfy(
                    status -> assertThat(status).isEqualTo(503));
            int exit = portal.awaitExit(DELAY.plus(TIMEOUT));
            assertThat(exit).as(portal.output()).isZero();
            assertThat(secondsSince(signalled)).isLessThan(DELAY.plus(TIMEOUT).toSeconds());
            assertThat(portal.output()).doesNotContain("Timed out waiting for graceful shutdown");
        }

        // stored whole: the blob is the bytes sent, chunk for chunk; the cut-off upload left no blob and no row
        Map<String, Object> content = database.row("""
                SELECT b.sha256, b.size, (SELECT sum(length(data)) FROM blob_chunk WHERE blob_id = b.id) AS chunked
                FROM case_document_content c JOIN enforcement_case e ON e.id = c.case_id JOIN blob b ON b.id = c.blob_id
                WHERE e.case_number = ? AND c.external_id = 'D1'""", caseNumber);
        assertThat(content).as("content of D1").isNotNull();
        assertThat(HexFormat.of().formatHex((byte[]) content.get("sha256"))).isEqualTo(sha256(whole));
        assertThat(((Number) content.get("size")).longValue()).isEqualTo(whole.length);
        assertThat(((Number) content.get("chunked")).longValue()).isEqualTo(whole.length);
        assertThat(database.count("""
                SELECT count(*) FROM case_document_content c JOIN enforcement_case e ON e.id = c.case_id
                WHERE e.case_number = ? AND c.external_id = 'D2'""", caseNumber)).as("rows of the cut-off D2").isZero();
        assertThat(database.count("SELECT count(*) FROM blob")).as("blobs: D1's only").isEqualTo(blobsBefore + 1);
        assertThat(regularFiles(dataDir)).as("files left in the data folder").isEmpty();
    }

    // -- helpers ------------------------------------------------------------------------------------------------------

    private HttpResponse<String> get(PackagedPortal portal, String path, String accept) throws IOException,
            InterruptedException {
        return http.send(HttpRequest.newBuilder(portal.uri(path)).header("Accept", accept).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String courtToken(Database database, PackagedPortal portal) throws Exception {
        String secret = "graceful-shutdown-" + System.nanoTime();
        database.update("""
                INSERT INTO court_client (client_id, secret_hash, court_code, name) VALUES (?, ?, ?, ?)
                ON CONFLICT (client_id) DO UPDATE SET secret_hash = EXCLUDED.secret_hash""", "graceful-shutdown-test",
                new SecretHasher().hashBlocking(secret), COURT, "graceful shutdown test");
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(portal.uri("/api/v1/auth/court-token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"clientId\":\"graceful-shutdown-test\",\"clientSecret\":\"" + secret + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return CaseFiles.JSON.readTree(answer.body()).get("accessToken").asText();
    }

    /** A PDF header followed by {@code size} bytes in all of noise: enough for the type sniffing, unique per seed. */
    private static byte[] pdf(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        byte[] header = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, bytes, 0, header.length);
        return bytes;
    }

    private static byte[] multipart(String boundary, String field, byte[] content) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field
                + "\"; filename=\"record.pdf\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return body.toByteArray();
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static List<Path> regularFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    private static long secondsSince(long nanoTime) {
        return (System.nanoTime() - nanoTime) / 1_000_000_000;
    }

    record Answer(int status, String head, String body) {
    }

    /** One HTTP/1.1 request over a plain socket, so the test decides when (and whether) each byte of the body goes. */
    private static final class RawRequest implements AutoCloseable {

        private final Socket socket;
        private final OutputStream out;

        private RawRequest(Socket socket) throws IOException {
            this.socket = socket;
            this.out = socket.getOutputStream();
        }

        static RawRequest open(PackagedPortal portal, String method, String path, String token, String type,
                long length) throws IOException {
            RawRequest request = new RawRequest(new Socket("localhost", portal.port()));
            StringBuilder head = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\n")
                    .append("Host: localhost:").append(portal.port()).append("\r\n")
                    .append("Content-Type: ").append(type).append("\r\n")
                    .append("Content-Length: ").append(length).append("\r\n")
                    .append("Connection: close\r\n");
            if (token != null) {
                head.append("Authorization: Bearer ").append(token).append("\r\n");
            }
            request.out.write(head.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
            request.out.flush();
            return request;
        }

        void send(byte[] body, int from, int to) throws IOException {
            out.write(body, from, to - from);
            out.flush();
        }

        /** Sends the rest of the body a piece at a time, then reads the whole answer. */
        Answer finish(byte[] body, int from) {
            try (this) {
                for (int at = from; at < body.length; at += PIECE) {
                    send(body, at, Math.min(body.length, at + PIECE));
                    Thread.sleep(PIECE_EVERY_MS);
                }
                socket.setSoTimeout((int) TIMEOUT.toMillis());
                InputStream in = socket.getInputStream();
                String raw = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                int split = raw.indexOf("\r\n\r\n");
                String head = split < 0 ? raw : raw.substring(0, split);
                return new Answer(Integer.parseInt(head.substring(9, 12)), head,
                        split < 0 ? "" : raw.substring(split + 4));
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    /** The test database, read and written over JDBC. */
    private record Database(String url, String user, String password) {

        static Database of(Map<String, String> env) {
            return new Database(value(env, "QUARKUS_DATASOURCE_JDBC_URL"), value(env, "QUARKUS_DATASOURCE_USERNAME"),
                    value(env, "QUARKUS_DATASOURCE_PASSWORD"));
        }

        private static String value(Map<String, String> env, String name) {
            String value = env.getOrDefault(name, System.getenv(name));
            return value == null ? "" : value;
        }

        void update(String sql, Object... parameters) throws SQLException {
            try (Connection connection = DriverManager.getConnection(url, user, password);
                    PreparedStatement statement = prepare(connection, sql, parameters)) {
                statement.executeUpdate();
            }
        }

        long count(String sql, Object... parameters) throws SQLException {
            return ((Number) row(sql, parameters).values().iterator().next()).longValue();
        }

        Map<String, Object> row(String sql, Object... parameters) throws SQLException {
            try (Connection connection = DriverManager.getConnection(url, user, password);
                    PreparedStatement statement = prepare(connection, sql, parameters);
                    ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    return null;
                }
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
                    row.put(rows.getMetaData().getColumnLabel(i).toLowerCase(Locale.ROOT), rows.getObject(i));
                }
                return row;
            }
        }

        private static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
                throws SQLException {
            PreparedStatement statement = connection.prepareStatement(sql);
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement;
        }
    }
}
