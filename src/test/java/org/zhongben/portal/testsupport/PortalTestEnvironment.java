package org.zhongben.portal.testsupport;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.zhongben.portal.bootstrap.EmbeddedDatabase;
import org.zhongben.portal.bootstrap.LocalSecrets;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * What every test run needs: a PostgreSQL and the portal's keys. The database is an embedded PostgreSQL 15 unless
 * {@code QUARKUS_DATASOURCE_JDBC_URL} (and the reactive URL) point at a server, as CI may do; the keys are generated
 * into {@code target/} on first use.
 */
public class PortalTestEnvironment implements QuarkusTestResourceLifecycleManager {

    private static EmbeddedDatabase database;

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(LocalSecrets.ensure(Path.of("target", "test-secrets")));
        if (System.getenv("QUARKUS_DATASOURCE_JDBC_URL") == null) {
            config.putAll(embedded().datasourceProperties());
        }
        return config;
    }

    /** The embedded server of this test JVM, started on first use and stopped when the JVM exits. */
    public static synchronized EmbeddedDatabase embedded() {
        if (database == null) {
            database = EmbeddedDatabase.start(Path.of("target", "test-pg15").toAbsolutePath());
            Runtime.getRuntime().addShutdownHook(new Thread(database::close, "embedded-pg-stop"));
        }
        return database;
    }

    @Override
    public void stop() {
        // kept running across Quarkus restarts of the same test JVM; stopped by the shutdown hook
    }
}
