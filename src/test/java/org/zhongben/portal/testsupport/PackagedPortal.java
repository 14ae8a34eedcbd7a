package org.zhongben.portal.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.zhongben.portal.bootstrap.LocalSecrets;

/**
 * Runs the packaged application ({@code target/quarkus-app/quarkus-run.jar}) in its own JVM, the way production
 * does, for integration tests that need a process boundary (heap caps, start-up failures).
 */
public final class PackagedPortal implements AutoCloseable {

    private static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");

    private final Process process;
    private final Path log;
    private final int port;

    private PackagedPortal(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** Environment pointing the portal at a database and at freshly generated keys. */
    public static Map<String, String> databaseAndKeys() {
        Map<String, String> env = databaseOnly();
        LocalSecrets.ensure(Path.of("target", "it-secrets")).forEach((key, value) -> env.put(envName(key), value));
        return env;
    }

    /** The test database (embedded unless the environment names one) as the portal's environment variables. */
    public static Map<String, String> databaseOnly() {
        Map<String, String> env = new HashMap<>();
        if (System.getenv("QUARKUS_DATASOURCE_JDBC_URL") == null) {
            PortalTestEnvironment.embeddedDatasource().forEach((key, value) -> env.put(envName(key), value));
        }
        return env;
    }

    public static String envName(String property) {
        return property.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }

    /** Starts the jar; does not wait. */
    public static PackagedPortal launch(Map<String, String> env, List<String> jvmArgs) {
        if (!Files.exists(JAR)) {
            throw new IllegalStateException(JAR + " is missing: integration tests run after 'package'");
        }
        try {
            int port = freePort();
            Path log = Files.createTempFile(Path.of("target"), "portal-it-", ".log");
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(jvmArgs);
            command.add("-jar");
            command.add(JAR.toString());
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().keySet().removeIf(name -> name.startsWith("PORTAL_") || name.startsWith("QUARKUS_PROFILE"));
            builder.environment().putAll(env);
            builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
            return new PackagedPortal(builder.start(), log, port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until readiness is UP; fails with the process output when it exits or times out first. */
    public PackagedPortal awaitReady(Duration timeout) throws InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("portal exited with " + process.exitValue() + ":\n" + output());
            }
            try {
                HttpResponse<String> ready = client.send(HttpRequest.newBuilder(uri("/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return this;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("portal not ready after " + timeout + ":\n" + output());
    }

    /** Waits for the process to end; returns its exit code, or -1 on timeout. */
    public int awaitExit(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) ? process.exitValue() : -1;
    }

    /** Sends SIGTERM, as Kubernetes does when it stops a pod, and returns at once. */
    public void terminate() {
        process.destroy();
    }

    /** Sends SIGTERM and waits for the process to end; returns its exit code, or -1 when it outlived the timeout. */
    public int stop(Duration timeout) throws InterruptedException {
        terminate();
        return awaitExit(timeout);
    }

    public boolean alive() {
        return process.isAlive();
    }

    /** The process id (the portal records it, with the host name, as the instance that ran a scheduled job). */
    public long pid() {
        return process.pid();
    }

    public int port() {
        return port;
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    public String output() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no output: " + e + ")";
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
