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
 * <p>
 * Quarkus loads this class anew for every application restart (a test profile change), so the running server is
 * remembered in system properties, which the whole test JVM shares, rather than in a static field.
 */
public class PortalTestEnvironment implements QuarkusTestResourceLifecycleManager {

    private static final String STARTED = "portal.test.embedded-pg.jdbc-url";

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(LocalSecrets.ensure(Path.of("target", "test-secrets")));
        if (System.getenv("QUARKUS_DATASOURCE_JDBC_URL") == null) {
            config.putAll(embeddedDatasource());
        }
        return config;
    }

    /** Datasource properties of the embedded server of this test JVM, started on first use. */
    public static synchronized Map<String, String> embeddedDatasource() {
        if (System.getProperty(STARTED) == null) {
            EmbeddedDatabase database = EmbeddedDatabase.start(Path.of("target", "test-pg15").toAbsolutePath());
            Runtime.getRuntime().addShutdownHook(new Thread(database::close, "embedded-pg-stop"));
            database.datasourceProperties().forEach((key, value) -> System.setProperty("portal.test.embedded." + key, value));
            System.setProperty(STARTED, database.jdbcUrl());
        }
        Map<String, String> properties = new HashMap<>();
        for (String key : new String[] { "quarkus.datasource.jdbc.url", "quarkus.datasource.reactive.url",
                "quarkus.datasource.username", "quarkus.datasource.password" }) {
            properties.put(key, System.getProperty("portal.test.embedded." + key));
        }
        return properties;
    }

    @Override
    public void stop() {
        // kept running across Quarkus restarts of the same test JVM; stopped by the shutdown hook
    }
}
