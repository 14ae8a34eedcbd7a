package org.zhongben.portal.scaleout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.zhongben.portal.accounts.SecretHasher;
import org.zhongben.portal.testsupport.CaseFiles;
import org.zhongben.portal.testsupport.PackagedPortal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * Two packaged portals (separate JVMs, as two Kubernetes pods) against one database, with the scheduler on and every
 * job's interval cut to seconds:
 * <ol>
 * <li>both start at the same moment on an empty database, both become ready, and Flyway applied every migration
 * once (it serialises them with a PostgreSQL advisory lock);</li>
 * <li>case files taken in by either portal produce outbox events (follow-up results at intake, deadline warnings from
 * the alert job); every event reaches its creditor's inbox once and is e-mailed once, at once or in the daily digest,
 * counted by a real SMTP server (GreenMail) and checked against the delivery rows;</li>
 * <li>each periodic job (statistics refresh, compliance refresh, deadline alerts) ran once per interval in the
 * cluster, not once per portal: its runs in {@code scheduled_job_run} are never closer than 90 % of the interval, and
 * the statistics refreshes each portal logged match the runs recorded for it; when the portal that ran them stops, the
 * other takes them over within an interval.</li>
 * </ol>
 */
class ScaleOutIT {

    private static final Duration INTERVAL = Duration.ofSeconds(8);
    private static final List<String> JOBS = List.of("statistics-refresh", "compliance-refresh", "deadline-alerts");
    private static final int RESULT_CASES = 6;
    private static final int ALERT_CASES = 6;
    /** Creditors of this many of the alert cases read deadline notices in the daily digest. */
    private static final int DIGEST_READERS = 3;
    private static final String COURT = CaseFiles.COURT;
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private static final Pattern APPLIED = Pattern.compile("Successfully applied (\\d+) migrations?");

    private final HttpClient http = HttpClient.newHttpClient();

    record Follower(String caseNumber, long accountId, String email, boolean alert) {
    }

    @Test
    void twoPortalsMigrateOnceDeliverEveryEventOnceAndRunEachJobOncePerInterval() throws Exception {
        long began = System.nanoTime();
        GreenMail smtp = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        List<PackagedPortal> portals = new ArrayList<>();
        FreshDatabase database = FreshDatabase.create();
        try {
            Map<String, String> env = PackagedPortal.databaseAndKeys();
            env.putAll(database.portalEnvironment());
            env.putAll(Map.of("QUARKUS_MAILER_MOCK", "false", "QUARKUS_MAILER_HOST", "127.0.0.1", "QUARKUS_MAILER_PORT",
                    String.valueOf(smtp.getSmtp().getPort()), "QUARKUS_MAILER_START_TLS", "DISABLED"));
            env.putAll(Map.of("PORTAL_NOTIFY_DISPATCH_INTERVAL", "1s", "PORTAL_NOTIFY_BATCH_SIZE", "2",
                    "PORTAL_NOTIFY_DIGEST_CRON", "0/15 * * * * ?",
                    "PORTAL_STATISTICS_REFRESH_INTERVAL", INTERVAL.toSeconds() + "s",
                    "PORTAL_COMPLIANCE_REFRESH_INTERVAL", INTERVAL.toSeconds() + "s",
                    "PORTAL_FOLLOWUP_ALERT_INTERVAL", INTERVAL.toSeconds() + "s"));
            List<String> jvm = List.of("-Xmx384m", "-XX:TieredStopAtLevel=1");

            // both at once, on an empty database
            portals.add(PackagedPortal.launch(env, jvm));
            portals.add(PackagedPortal.launch(env, jvm));
            for (PackagedPortal portal : portals) {
                portal.awaitReady(Duration.ofMinutes(5));
            }
            long ready = System.nanoTime();
            migratedOnce(database, portals);

            // work for both: case files through either portal, creditors following them
            String token = courtToken(database, portals.get(0));
            List<Follower> followers = new ArrayList<>();
            for (int i = 0; i < RESULT_CASES + ALERT_CASES; i++) {
                ObjectNode file = CaseFiles.fresh(COURT);
                intake(portals.get(i % 2), token, file, 201);
                boolean alert = i >= RESULT_CASES;
                followers.add(follow(database, file.get("caseNumber").asText(), alert,
                        alert && i - RESULT_CASES < DIGEST_READERS));
            }
            for (int i = 0; i < followers.size(); i++) {
                Follower follower = followers.get(i);
                ObjectNode file = CaseFiles.fresh(COURT).put("caseNumber", follower.caseNumber()).put("version", 4);
                if (follower.alert()) {
                    firstInquiryDueInTenDays(file);
                } else {
                    CaseFiles.add(file, "followUps").put("sequence", 3).put("performedOn", TODAY.toString())
                            .put("result", "PROPERTY_FOUND").put("ledToResumption", false);
                }
                intake(portals.get((i + 1) % 2), token, file, 200);
            }

            await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(1))
                    .untilAsserted(() -> everythingDelivered(database, followers));
            long delivered = System.nanoTime();
            // keep both running for a few more intervals and digest runs: nothing may be delivered or run twice
            Thread.sleep(INTERVAL.multipliedBy(3).toMillis());
            // the portal that ran most jobs goes away; the other takes them over
            String busiest = (String) database.rows("""
                    SELECT instance FROM scheduled_job_run GROUP BY instance ORDER BY count(*) DESC LIMIT 1""").get(0)
                    .get("instance");
            PackagedPortal leaving = portals.stream().filter(portal -> busiest.endsWith(":" + portal.pid())).findFirst()
                    .orElseThrow();
            PackagedPortal staying = portals.get(portals.get(0) == leaving ? 1 : 0);
            leaving.close();
            OffsetDateTime left = (OffsetDateTime) database.rows("SELECT now() AS now").get(0).get("now");
            Thread.sleep(INTERVAL.multipliedBy(3).toMillis());
            staying.close();
            for (String job : JOBS) {
                assertThat(database.count("""
                        SELECT count(*) FROM scheduled_job_run WHERE job = ? AND started_at > ? AND instance LIKE ?""",
                        job, left, "%:" + staying.pid())).as("runs of %s after the other portal left", job)
                        .isGreaterThanOrEqualTo(2);
            }

            deliveredOnce(database, followers, smtp);
            jobsRanOncePerInterval(database, portals);
            System.out.printf("ScaleOutIT: ready after %d s, work delivered %d s later, %d s in all%n",
                    (ready - began) / 1_000_000_000, (delivered - ready) / 1_000_000_000,
                    (System.nanoTime() - began) / 1_000_000_000);
        } finally {
            for (PackagedPortal portal : portals) {
                portal.close();
            }
            smtp.stop();
            database.close();
        }
    }

    // -- Flyway -------------------------------------------------------------------------------------------------------

    private static void migratedOnce(FreshDatabase database, List<PackagedPortal> portals) throws Exception {
        List<Map<String, Object>> history = database.rows(
                "SELECT version, success FROM flyway_schema_history WHERE version IS NOT NULL ORDER BY installed_rank");
        List<Object> versions = history.stream().map(row -> row.get("version")).toList();
        assertThat(versions).as("every migration once").doesNotHaveDuplicates().hasSize(expectedMigrations());
        assertThat(history).allSatisfy(row -> assertThat(row.get("success")).isEqualTo(true));
        int applied = 0;
        for (PackagedPortal portal : portals) {
            Matcher matcher = APPLIED.matcher(portal.output());
            int byThis = 0;
            while (matcher.find()) {
                byThis += Integer.parseInt(matcher.group(1));
            }
            System.out.printf("ScaleOutIT: portal %d applied %d migrations%n", portal.pid(), byThis);
            applied += byThis;
        }
        assertThat(applied).as("migrations the two portals say they applied").isEqualTo(versions.size());
    }

    /** The SQL migrations and the Java ones ({@code V<version>__<Name>.class}) in the build output. */
    private static int expectedMigrations() throws IOException {
        Path classes = Path.of("target", "classes");
        try (Stream<Path> sql = Files.list(classes.resolve("db/migration"));
                Stream<Path> java = Files.walk(classes)) {
            return (int) (sql.filter(path -> path.getFileName().toString().matches("V\\d+__\\w+\\.sql")).count()
                    + java.filter(path -> path.getFileName().toString().matches("V\\d+__\\w+\\.class")).count());
        }
    }

    // -- work ---------------------------------------------------------------------------------------------------------

    private String courtToken(FreshDatabase database, PackagedPortal portal) throws Exception {
        String secret = "scale-out-" + UUID.randomUUID();
        database.update("INSERT INTO court_client (client_id, secret_hash, court_code, name) VALUES (?, ?, ?, ?)",
                "scale-out-test", new SecretHasher().hashBlocking(secret), COURT, "scale-out test");
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(portal.uri("/api/v1/auth/court-token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"clientId\":\"scale-out-test\",\"clientSecret\":\"" + secret + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return CaseFiles.JSON.readTree(answer.body()).get("accessToken").asText();
    }

    private void intake(PackagedPortal portal, String token, ObjectNode file, int expected) throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(portal.uri("/api/v1/intake/cases"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(file.toString())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(expected);
    }

    /** A creditor account (confirmed e-mail) linked to the case's creditor party. */
    private static Follower follow(FreshDatabase database, String caseNumber, boolean alert, boolean digest)
            throws SQLException {
        String email = "creditor-" + UUID.randomUUID() + "@scale-out.test";
        long account = ((Number) database.rows("""
                INSERT INTO account (email, password_hash, display_name, kind, role, email_confirmed_at, password_changed_at)
                VALUES (?, 'no-password', '扩容测试债权人', 'PERSON', 'creditor', now(), now()) RETURNING id""", email)
                .get(0).get("id")).longValue();
        database.update("""
                INSERT INTO account_party_link (account_id, party_id)
                SELECT ?, p.id FROM party p JOIN enforcement_case c ON c.id = p.case_id
                WHERE c.case_number = ? AND p.external_id = 'P1'""", account, caseNumber);
        if (digest) {
            database.update("INSERT INTO notification_preference (account_id, kind, mode) VALUES (?, 'DEADLINE', 'DIGEST')",
                    account);
        }
        return new Follower(caseNumber, account, email, alert);
    }

    /** The case terminated so that its first six-monthly inquiry is due in ten days, none made yet: a warning is due. */
    private static void firstInquiryDueInTenDays(ObjectNode file) {
        LocalDate ruled = TODAY.plusDays(10).minusMonths(6);
        CaseFiles.without(file, "followUps");
        CaseFiles.with(file, "ruling.ruledOn", ruled.toString());
        CaseFiles.with(file, "ruling.servedOn", ruled.plusDays(2).toString());
        CaseFiles.with(file, "closedOn", ruled.toString());
        CaseFiles.with(file, "databaseEntry.enteredOn", ruled.plusDays(5).toString());
        CaseFiles.with(file, "interview.heldOn", ruled.minusDays(5).toString());
    }

    // -- delivery -----------------------------------------------------------------------------------------------------

    /** Each case has its event, every event is fanned out and no e-mail is waiting. */
    private static void everythingDelivered(FreshDatabase database, List<Follower> followers) throws SQLException {
        for (Follower follower : followers) {
            String expected = follower.alert() ? """
                    SELECT count(*) FROM outbox_event o JOIN enforcement_case c ON c.id = o.case_id
                    WHERE c.case_number = ? AND o.topic LIKE 'deadline.%'
                      AND o.payload->>'kind' = 'FOLLOW_UP_INQUIRY' AND o.payload->>'subject' = '1'"""
                    : """
                            SELECT count(*) FROM outbox_event o JOIN enforcement_case c ON c.id = o.case_id
                            WHERE c.case_number = ? AND o.topic = 'followup.result'""";
            assertThat(database.count(expected, follower.caseNumber())).as("event of %s", follower.caseNumber())
                    .isEqualTo(1);
        }
        assertThat(database.count("SELECT count(*) FROM outbox_event WHERE dispatched_at IS NULL")).isZero();
        assertThat(database.count("SELECT count(*) FROM notification_delivery WHERE state <> 'SENT'")).isZero();
    }

    private static void deliveredOnce(FreshDatabase database, List<Follower> followers, GreenMail smtp)
            throws Exception {
        long events = database.count("SELECT count(*) FROM outbox_event");
        assertThat(events).isGreaterThanOrEqualTo(followers.size());
        assertThat(database.count("SELECT count(*) FROM outbox_event WHERE dispatched_at IS NULL OR attempts > 0"))
                .as("events not fanned out, or fanned out more than once").isZero();
        // one creditor follows each case: each event is one inbox message, and each message one e-mail delivery
        assertThat(database.count("""
                SELECT count(*) FROM outbox_event o
                WHERE (SELECT count(*) FROM notification n WHERE n.event_id = o.id) <> 1""")).isZero();
        assertThat(database.count("""
                SELECT count(*) FROM notification n
                WHERE (SELECT count(*) FROM notification_delivery d WHERE d.notification_id = n.id) <> 1""")).isZero();
        assertThat(database.count("SELECT count(*) FROM notification_delivery WHERE state <> 'SENT' OR attempts <> 1"))
                .as("deliveries not sent, or sent more than once").isZero();

        Map<String, List<MimeMessage>> mailByAddress = new HashMap<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            for (String address : recipients(message)) {
                mailByAddress.computeIfAbsent(address, ignored -> new ArrayList<>()).add(message);
            }
        }
        long digestMails = 0;
        for (Follower follower : followers) {
            Map<String, Object> expected = database.rows("""
                    SELECT count(*) FILTER (WHERE mode = 'IMMEDIATE') AS immediate,
                           count(DISTINCT sent_at) FILTER (WHERE mode = 'DIGEST') AS digests
                    FROM notification_delivery WHERE account_id = ?""", follower.accountId()).get(0);
            long immediate = ((Number) expected.get("immediate")).longValue();
            long digests = ((Number) expected.get("digests")).longValue();
            List<MimeMessage> received = mailByAddress.getOrDefault(follower.email(), List.of());
            assertThat(received).as("e-mails to the creditor of %s", follower.caseNumber())
                    .hasSize((int) (immediate + digests));
            assertThat(received.stream().map(ScaleOutIT::subject).filter(s -> s.contains(follower.caseNumber())))
                    .as("immediate e-mails name the case, each once").doesNotHaveDuplicates().hasSize((int) immediate);
            if (follower.alert()) {
                assertThat(immediate + digests).isPositive();
            } else {
                assertThat(immediate).as("the follow-up result is a required notice, sent at once").isPositive();
            }
            digestMails += digests;
        }
        assertThat(digestMails).as("digest e-mails").isGreaterThanOrEqualTo(DIGEST_READERS);
        assertThat(smtp.getReceivedMessages()).as("every e-mail went to a follower")
                .hasSize(mailByAddress.values().stream().mapToInt(List::size).sum());
        System.out.printf("ScaleOutIT: %d events, %d e-mails (%d digests), each once%n", events,
                smtp.getReceivedMessages().length, digestMails);
    }

    private static List<String> recipients(MimeMessage message) {
        try {
            return List.of(GreenMailUtil.getAddressList(message.getAllRecipients()).split(",\\s*"));
        } catch (MessagingException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    // -- scheduled jobs -----------------------------------------------------------------------------------------------

    private static void jobsRanOncePerInterval(FreshDatabase database, List<PackagedPortal> portals) throws Exception {
        Duration closest = Duration.ofMillis((long) (INTERVAL.toMillis() * 0.9));
        for (String job : JOBS) {
            List<Map<String, Object>> runs = database.rows("""
                    SELECT instance, started_at, finished_at, items FROM scheduled_job_run WHERE job = ?
                    ORDER BY started_at""", job);
            assertThat(runs).as("runs of %s", job).hasSizeGreaterThanOrEqualTo(3);
            Map<String, Integer> byInstance = new LinkedHashMap<>();
            for (int i = 0; i < runs.size(); i++) {
                byInstance.merge((String) runs.get(i).get("instance"), 1, Integer::sum);
                if (i > 0) {
                    Duration gap = Duration.between((OffsetDateTime) runs.get(i - 1).get("started_at"),
                            (OffsetDateTime) runs.get(i).get("started_at"));
                    assertThat(gap).as("%s: run %d started after the one before", job, i)
                            .isGreaterThanOrEqualTo(closest).isLessThanOrEqualTo(INTERVAL.multipliedBy(2));
                }
            }
            System.out.printf("ScaleOutIT: %s ran %d times, by %s%n", job, runs.size(), byInstance);
        }
        // the statistics refresh logs each recomputation: each portal logged exactly the runs recorded for it
        for (PackagedPortal portal : portals) {
            long logged = portal.output().lines().filter(line -> line.contains("Statistics recomputed")).count();
            long recorded = database.count("""
                    SELECT count(*) FROM scheduled_job_run
                    WHERE job = 'statistics-refresh' AND instance LIKE ? AND items = 1""", "%:" + portal.pid());
            assertThat(logged).as("statistics refreshes logged by portal %d", portal.pid()).isEqualTo(recorded);
        }
        // each deadline event was written by one recorded run of the alert job
        assertThat(database.count("SELECT coalesce(sum(items), 0) FROM scheduled_job_run WHERE job = 'deadline-alerts'"))
                .isEqualTo(database.count("SELECT count(*) FROM outbox_event WHERE topic LIKE 'deadline.%'"));
    }

    // -- database -----------------------------------------------------------------------------------------------------

    /** A new, empty database on the test server (embedded unless the environment names one), dropped at the end. */
    private static final class FreshDatabase implements AutoCloseable {

        private final String serverUrl;
        private final String name;
        private final String user;
        private final String password;

        private FreshDatabase(String serverUrl, String name, String user, String password) {
            this.serverUrl = serverUrl;
            this.name = name;
            this.user = user;
            this.password = password;
        }

        static FreshDatabase create() throws SQLException {
            StreamingReplica.Primary server = StreamingReplica.Primary.ofTestRun();
            FreshDatabase database = new FreshDatabase(server.jdbcUrl(), "scale_out_" + System.currentTimeMillis(),
                    server.user(), server.password());
            try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), server.user(), server.password());
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE " + database.name + " ENCODING 'UTF8' TEMPLATE template0");
            }
            return database;
        }

        String jdbcUrl() {
            return serverUrl.substring(0, serverUrl.lastIndexOf('/') + 1) + name;
        }

        Map<String, String> portalEnvironment() {
            return Map.of("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl(), "QUARKUS_DATASOURCE_REACTIVE_URL",
                    jdbcUrl().substring("jdbc:".length()), "QUARKUS_DATASOURCE_USERNAME", user,
                    "QUARKUS_DATASOURCE_PASSWORD", password);
        }

        List<Map<String, Object>> rows(String sql, Object... parameters) throws SQLException {
            try (Connection connection = DriverManager.getConnection(jdbcUrl(), user, password);
                    PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    statement.setObject(i + 1, parameters[i]);
                }
                try (ResultSet result = statement.executeQuery()) {
                    List<Map<String, Object>> rows = new ArrayList<>();
                    while (result.next()) {
                        Map<String, Object> row = new LinkedHashMap<>();
                        for (int column = 1; column <= result.getMetaData().getColumnCount(); column++) {
                            Object value = result.getObject(column);
                            if (value instanceof java.sql.Timestamp) {
                                value = result.getObject(column, OffsetDateTime.class);
                            }
                            row.put(result.getMetaData().getColumnLabel(column), value);
                        }
                        rows.add(row);
                    }
                    return rows;
                }
            }
        }

        long count(String sql, Object... parameters) throws SQLException {
            return ((Number) rows(sql, parameters).get(0).values().iterator().next()).longValue();
        }

        void update(String sql, Object... parameters) throws SQLException {
            try (Connection connection = DriverManager.getConnection(jdbcUrl(), user, password);
                    PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    statement.setObject(i + 1, parameters[i]);
                }
                statement.executeUpdate();
            }
        }

        @Override
        public void close() throws SQLException {
            try (Connection connection = DriverManager.getConnection(serverUrl, user, password);
                    Statement statement = connection.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
