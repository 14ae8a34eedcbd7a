package org.zhongben.portal.scaleout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.zhongben.portal.testsupport.PortalTestEnvironment;

/**
 * A PostgreSQL hot standby streaming from the test database, the way a CloudNativePG replica does: copied with
 * {@code pg_basebackup -R} (which writes {@code standby.signal} and {@code primary_conninfo}), started with
 * {@code pg_ctl} on a free port, and stopped and deleted by {@link #close()} (also by a shutdown hook, and by the next
 * start when a killed run left one behind).
 * <p>
 * The embedded server's zonky bundle holds only initdb, pg_ctl and postgres, so the standby is copied and run with the
 * machine's PostgreSQL 15 ({@code /usr/lib/postgresql/15/bin} from Debian; another directory with
 * {@code -Dportal.test.pg-bin=...}). A standby must have the primary's major version; the minor may differ. As root the
 * server runs inside {@code unshare -U}, as the embedded primary does, because PostgreSQL refuses to run as root.
 */
final class StreamingReplica implements AutoCloseable {

    static final Path DIRECTORY = Path.of("target", "scaleout-replica").toAbsolutePath();
    private static final Duration COMMAND_TIMEOUT = Duration.ofMinutes(3);
    /** A standby refuses to start when one of these is lower than on its primary. */
    private static final List<String> HOT_STANDBY_MINIMUMS = List.of("max_connections", "max_worker_processes",
            "max_wal_senders", "max_prepared_transactions", "max_locks_per_transaction");

    /** Where the primary is. */
    record Primary(String host, int port, String database, String user, String password) {

        String jdbcUrl() {
            return "jdbc:postgresql://" + host + ":" + port + "/" + database;
        }

        /** The test run's database: the embedded server, or the one the environment names (as CI may do). */
        static Primary ofTestRun() {
            Map<String, String> datasource = System.getenv("QUARKUS_DATASOURCE_JDBC_URL") != null
                    ? Map.of("quarkus.datasource.jdbc.url", System.getenv("QUARKUS_DATASOURCE_JDBC_URL"),
                            "quarkus.datasource.username", env("QUARKUS_DATASOURCE_USERNAME"),
                            "quarkus.datasource.password", env("QUARKUS_DATASOURCE_PASSWORD"))
                    : PortalTestEnvironment.embeddedDatasource();
            URI url = URI.create(datasource.get("quarkus.datasource.jdbc.url").substring("jdbc:".length()));
            return new Primary(url.getHost(), url.getPort() < 0 ? 5432 : url.getPort(), url.getPath().substring(1),
                    datasource.get("quarkus.datasource.username"), datasource.get("quarkus.datasource.password"));
        }

        private static String env(String name) {
            String value = System.getenv(name);
            return value == null ? "" : value;
        }
    }

    private final Path bin;
    private final Primary primary;
    private final int port;
    private final Thread stopAtExit;

    private StreamingReplica(Path bin, Primary primary, int port) {
        this.bin = bin;
        this.primary = primary;
        this.port = port;
        this.stopAtExit = new Thread(this::stopAndDelete, "scaleout-replica-stop");
    }

    /** Copies the primary into {@link #DIRECTORY} and starts the copy as a streaming standby; waits until it streams. */
    static StreamingReplica start(Primary primary) {
        Path bin = Path.of(System.getProperty("portal.test.pg-bin", "/usr/lib/postgresql/15/bin"));
        for (String tool : new String[] { "pg_basebackup", "pg_ctl", "postgres" }) {
            if (!Files.isExecutable(bin.resolve(tool))) {
                throw new IllegalStateException(bin.resolve(tool) + " is missing: the replica test needs PostgreSQL 15's"
                        + " server tools (Debian package postgresql-15, or -Dportal.test.pg-bin=<its bin directory>)");
            }
        }
        Map<String, String> settings = checkPrimary(primary);
        try {
            removeLeftovers(bin);
            Files.createDirectories(DIRECTORY.getParent());
            Map<String, String> env = primary.password().isEmpty() ? Map.of() : Map.of("PGPASSWORD", primary.password());
            run(env, bin.resolve("pg_basebackup").toString(), "--host=" + primary.host(), "--port=" + primary.port(),
                    "--username=" + primary.user(), "--no-password", "--pgdata=" + DIRECTORY, "--write-recovery-conf",
                    "--wal-method=stream", "--checkpoint=fast");
            StreamingReplica replica = new StreamingReplica(bin, primary, freePort());
            Runtime.getRuntime().addShutdownHook(replica.stopAtExit);
            StringBuilder options = new StringBuilder("-p " + replica.port
                    + " -c listen_addresses=localhost -c unix_socket_directories='' -c hot_standby=on");
            settings.forEach((name, value) -> options.append(" -c ").append(name).append('=').append(value));
            try {
                replica.pgCtl("-l", DIRECTORY.resolve("replica.log").toString(), "-w", "-t", "120", "-o",
                        options.toString(), "start");
                replica.awaitStreaming(Duration.ofSeconds(60));
            } catch (RuntimeException failed) {
                String log = replica.log();
                replica.close();
                throw new IllegalStateException("the standby did not start streaming; its log:\n" + log, failed);
            }
            return replica;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int port() {
        return port;
    }

    String reactiveUrl() {
        return "postgresql://localhost:" + port + "/" + primary.database();
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/" + primary.database();
    }

    /** The standby's server log (the reason when it fails). */
    String log() {
        try {
            return Files.readString(DIRECTORY.resolve("replica.log"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(stopAtExit);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs anyway
        }
        stopAndDelete();
    }

    private void stopAndDelete() {
        try {
            pgCtl("-m", "fast", "-w", "-t", "60", "stop");
        } catch (RuntimeException notStopped) {
            try {
                pgCtl("-m", "immediate", "-w", "stop");
            } catch (RuntimeException alreadyGone) {
                // not running (any more)
            }
        }
        delete(DIRECTORY);
    }

    /**
     * Streaming replication needs WAL for replicas (wal_level replica or logical), a free WAL sender and a pg_hba rule
     * for replication connections; initdb's defaults give all three. Answers the primary's settings a hot standby must
     * at least match.
     */
    private static Map<String, String> checkPrimary(Primary primary) {
        try (Connection connection = DriverManager.getConnection(primary.jdbcUrl(), primary.user(), primary.password());
                Statement statement = connection.createStatement()) {
            String walLevel = single(statement, "SHOW wal_level");
            if (!List.of("replica", "logical").contains(walLevel)) {
                throw new IllegalStateException("the primary has wal_level=" + walLevel + "; a standby needs replica");
            }
            int senders = Integer.parseInt(single(statement, "SHOW max_wal_senders"));
            int used = Integer.parseInt(single(statement, "SELECT count(*) FROM pg_stat_replication"));
            if (senders - used < 2) {
                throw new IllegalStateException("the primary has " + senders + " WAL senders, " + used
                        + " in use; pg_basebackup and the standby need two");
            }
            String rules = single(statement, """
                    SELECT count(*) FROM pg_hba_file_rules
                    WHERE 'replication' = ANY(database) AND error IS NULL AND type IN ('host', 'hostssl', 'hostnossl')""");
            if (Integer.parseInt(rules) == 0) {
                throw new IllegalStateException("the primary's pg_hba.conf has no rule for replication connections");
            }
            Map<String, String> settings = new LinkedHashMap<>();
            for (String name : HOT_STANDBY_MINIMUMS) {
                settings.put(name, single(statement, "SHOW " + name));
            }
            return settings;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot check the primary at " + primary.jdbcUrl(), e);
        }
    }

    private void awaitStreaming(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        SQLException last = null;
        while (Instant.now().isBefore(deadline)) {
            try (Connection connection = DriverManager.getConnection(jdbcUrl(), primary.user(), primary.password());
                    Statement statement = connection.createStatement()) {
                if ("t".equals(single(statement, "SELECT pg_is_in_recovery()"))
                        && "1".equals(single(statement,
                                "SELECT count(*) FROM pg_stat_wal_receiver WHERE status = 'streaming'"))) {
                    return;
                }
            } catch (SQLException notYet) {
                last = notYet;
            }
            sleep(Duration.ofMillis(200));
        }
        throw new IllegalStateException("the standby on port " + port + " is not streaming after " + timeout, last);
    }

    private static String single(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private void pgCtl(String... arguments) {
        List<String> command = new ArrayList<>(List.of(bin.resolve("pg_ctl").toString(), "-D", DIRECTORY.toString()));
        command.addAll(List.of(arguments));
        run(Map.of(), command.toArray(String[]::new));
    }

    /** A standby left running by a killed test run holds the directory: stop it and start afresh. */
    private static void removeLeftovers(Path bin) {
        if (Files.exists(DIRECTORY.resolve("postmaster.pid"))) {
            try {
                run(Map.of(), bin.resolve("pg_ctl").toString(), "-D", DIRECTORY.toString(), "-m", "immediate", "-w", "stop");
            } catch (RuntimeException notRunning) {
                // a stale pid file
            }
        }
        delete(DIRECTORY);
    }

    /** Runs a PostgreSQL tool and fails with its output unless it succeeds; as root inside {@code unshare -U}. */
    private static void run(Map<String, String> env, String... command) {
        List<String> full = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            full.addAll(List.of("unshare", "-U"));
        }
        full.addAll(List.of(command));
        try {
            Path output = Files.createTempFile("scaleout-pg-", ".log");
            try {
                ProcessBuilder builder = new ProcessBuilder(full).redirectErrorStream(true)
                        .redirectOutput(output.toFile()).redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null")
                                .toFile()));
                builder.environment().putAll(env);
                Process process = builder.start();
                if (!process.waitFor(COMMAND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly();
                    throw new IllegalStateException(String.join(" ", full) + " did not finish in " + COMMAND_TIMEOUT);
                }
                if (process.exitValue() != 0) {
                    throw new IllegalStateException(String.join(" ", full) + " failed with " + process.exitValue() + ":\n"
                            + Files.readString(output, StandardCharsets.UTF_8));
                }
            } finally {
                Files.deleteIfExists(output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void delete(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> tree = Files.walk(directory)) {
            for (Path path : tree.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete " + directory, e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
