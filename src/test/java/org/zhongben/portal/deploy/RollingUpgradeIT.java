package org.zhongben.portal.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.zhongben.portal.testsupport.PackagedPortal;

/**
 * Several replicas starting at once migrate an empty database once. During a rolling upgrade the first new pod migrates the
 * schema while pods of the previous release keep running; any
 * of them may restart (eviction, node drain), and a rollback starts only previous-release pods. The packaged portal
 * must therefore start against a schema that already has a migration it does not know. (Quarkus' default would refuse:
 * it hands Flyway an empty ignore list, so validation fails on "applied migration not resolved locally".)
 */
class RollingUpgradeIT {

    private static final String FUTURE_VERSION = "999912312359";

    @Test
    void replicasStartingTogetherMigrateOnceAndThePreviousReleaseStartsAfterTheNextMigrated() throws Exception {
        Map<String, String> env = new HashMap<>(PackagedPortal.databaseAndKeys());
        String jdbc = setting(env, "QUARKUS_DATASOURCE_JDBC_URL");
        String user = setting(env, "QUARKUS_DATASOURCE_USERNAME");
        String password = setting(env, "QUARKUS_DATASOURCE_PASSWORD");
        String database = "deploy_rolling_" + ProcessHandle.current().pid();
        execute(jdbc, user, password, "CREATE DATABASE " + database);
        try {
            env.put("QUARKUS_DATASOURCE_JDBC_URL", withDatabase(jdbc, database));
            env.put("QUARKUS_DATASOURCE_REACTIVE_URL",
                    withDatabase(setting(env, "QUARKUS_DATASOURCE_REACTIVE_URL"), database));
            env.put("QUARKUS_DATASOURCE_USERNAME", user);
            env.put("QUARKUS_DATASOURCE_PASSWORD", password);

            // a fresh install: two pods of this release start at once on the empty database; Flyway's advisory lock
            // lets one migrate while the other waits, and both serve
            try (PackagedPortal first = PackagedPortal.launch(env, List.of("-Xmx256m"));
                    PackagedPortal second = PackagedPortal.launch(env, List.of("-Xmx256m"))) {
                first.awaitReady(Duration.ofMinutes(4));
                second.awaitReady(Duration.ofMinutes(4));
            }
            try (Connection connection = DriverManager.getConnection(withDatabase(jdbc, database), user, password);
                    Statement statement = connection.createStatement();
                    ResultSet history = statement.executeQuery("SELECT count(*), count(DISTINCT version), "
                            + "count(*) FILTER (WHERE NOT success) FROM flyway_schema_history WHERE version IS NOT NULL")) {
                history.next();
                assertThat(history.getInt(1)).as("migrations applied").isPositive();
                assertThat(history.getInt(2)).as("each migration applied once").isEqualTo(history.getInt(1));
                assertThat(history.getInt(3)).as("failed migrations").isZero();
            }
            // the next release's first pod applies a migration this release has never seen
            execute(withDatabase(jdbc, database), user, password, "INSERT INTO flyway_schema_history (installed_rank, "
                    + "version, description, type, script, checksum, installed_by, execution_time, success) SELECT "
                    + "max(installed_rank) + 1, '" + FUTURE_VERSION + "', 'from the next release', 'SQL', 'V"
                    + FUTURE_VERSION + "__from_the_next_release.sql', 0, current_user, 1, true "
                    + "FROM flyway_schema_history");

            // a pod of this release restarts (or the rollout is undone): it starts and serves
            try (PackagedPortal portal = PackagedPortal.launch(env, List.of("-Xmx256m"))) {
                portal.awaitReady(Duration.ofMinutes(3));
                HttpResponse<String> home = HttpClient.newHttpClient()
                        .send(HttpRequest.newBuilder(portal.uri("/")).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(home.statusCode()).isEqualTo(200);
                assertThat(portal.output()).doesNotContain("Validate failed");
            }
        } finally {
            execute(jdbc, user, password, "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }

    private static String setting(Map<String, String> env, String name) {
        String value = env.getOrDefault(name, System.getenv(name));
        assertThat(value).as(name).isNotNull();
        return value;
    }

    /** The same server URL with another database: the last path segment, query kept. */
    private static String withDatabase(String url, String database) {
        return url.replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1");
    }

    private static void execute(String jdbc, String user, String password, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbc, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
