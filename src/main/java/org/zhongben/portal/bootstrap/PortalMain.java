package org.zhongben.portal.bootstrap;

import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Entry point. In the demo profile (the README's run command) it prepares a zero-setup environment before Quarkus
 * opens its datasources: generated keys, and an embedded PostgreSQL when no database is configured. In every other
 * profile it starts Quarkus unchanged, so the production artifact never starts a database unless asked
 * ({@code PORTAL_EMBEDDED_DB=true}).
 */
@QuarkusMain
public final class PortalMain {

    private PortalMain() {
    }

    public static void main(String... args) {
        LocalEnvironment environment = LocalEnvironment.from(System.getenv(), System.getProperties());
        EmbeddedDatabase database = null;
        if (environment.demoProfile()) {
            environment.setIfAbsent(LocalSecrets.ensure(environment.dataDirectory().resolve("secrets")));
        }
        if (environment.embeddedDatabaseWanted()) {
            database = EmbeddedDatabase.start(environment.dataDirectory().resolve("pg15"));
            environment.setIfAbsent(database.datasourceProperties());
        }
        stopGracefullyOnSigterm();
        try {
            Quarkus.run(args);
        } finally {
            if (database != null) {
                database.close();
            }
        }
    }

    /**
     * SIGTERM (Kubernetes stopping the pod, {@code docker stop}) is an ordinary stop: Quarkus drains (shutdown delay,
     * then requests in flight) and the process exits 0. Left to the JVM, SIGTERM runs every shutdown hook at once, so
     * Vert.x deleted its file cache while requests were still being served (static files failed with 500 during the
     * delay), and the exit code was 143. Proven by GracefulShutdownIT.
     */
    private static void stopGracefullyOnSigterm() {
        // sun.misc.Signal by reflection: javac warns about it whatever we do, and the build treats warnings as errors
        try {
            Class<?> signal = Class.forName("sun.misc.Signal");
            Class<?> handler = Class.forName("sun.misc.SignalHandler");
            Object onTerm = Proxy.newProxyInstance(PortalMain.class.getClassLoader(), new Class<?>[] { handler },
                    (proxy, method, arguments) -> switch (method.getName()) {
                        case "handle" -> {
                            Quarkus.asyncExit(0);
                            yield null;
                        }
                        case "hashCode" -> System.identityHashCode(proxy);
                        case "equals" -> proxy == arguments[0];
                        default -> "SIGTERM: graceful stop";
                    });
            signal.getMethod("handle", signal, handler).invoke(null,
                    signal.getConstructor(String.class).newInstance("TERM"), onTerm);
        } catch (ReflectiveOperationException | RuntimeException unavailable) {
            // a JVM without sun.misc.Signal: SIGTERM keeps the JVM's default (every shutdown hook at once, exit 143)
        }
    }

    /** What the process environment asks for, read before Quarkus configuration exists. */
    record LocalEnvironment(Map<String, String> env, java.util.Properties system) {

        static LocalEnvironment from(Map<String, String> env, java.util.Properties system) {
            return new LocalEnvironment(env, system);
        }

        boolean demoProfile() {
            String profiles = value("quarkus.profile", "QUARKUS_PROFILE", "");
            return Arrays.stream(profiles.split(",")).map(String::trim).anyMatch("demo"::equals);
        }

        boolean databaseConfigured() {
            return !value("quarkus.datasource.reactive.url", "QUARKUS_DATASOURCE_REACTIVE_URL", "").isBlank()
                    || !value("quarkus.datasource.jdbc.url", "QUARKUS_DATASOURCE_JDBC_URL", "").isBlank();
        }

        /** Explicitly asked for, or implied by the demo profile when no database is configured. */
        boolean embeddedDatabaseWanted() {
            String asked = value("portal.embedded-db", "PORTAL_EMBEDDED_DB", "").toLowerCase(Locale.ROOT);
            if (asked.equals("false")) {
                return false;
            }
            return !databaseConfigured() && (asked.equals("true") || demoProfile());
        }

        Path dataDirectory() {
            return Path.of(value("portal.data-dir", "PORTAL_DATA_DIR", ".data")).toAbsolutePath();
        }

        void setIfAbsent(Map<String, String> properties) {
            properties.forEach((key, value) -> {
                String envName = key.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
                if (system.getProperty(key) == null && env.get(envName) == null) {
                    system.setProperty(key, value);
                }
            });
        }

        private String value(String property, String envName, String fallback) {
            String fromProperty = system.getProperty(property);
            if (fromProperty != null) {
                return fromProperty;
            }
            return env.getOrDefault(envName, fallback);
        }
    }
}
