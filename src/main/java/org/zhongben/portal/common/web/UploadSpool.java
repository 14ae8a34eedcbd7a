package org.zhongben.portal.common.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.zhongben.portal.common.error.ProblemMappers;

import io.quarkus.runtime.StartupEvent;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * The folder where request bodies wait on disk while their request runs ({@code quarkus.http.body.uploads-directory}):
 * multipart files, and the answers of intake streams. No spool file outlives its request:
 * <ul>
 * <li>multipart bodies are spooled by Vert.x' body handler, which deletes the files when the request ends and also when
 * the client goes away mid-body. Quarkus REST's own multipart reader (used otherwise) never learns that the connection
 * closed: it left the half-written file behind and the request suspended (GracefulShutdownIT);</li>
 * <li>a process that is killed, or outlives the shutdown timeout, leaves its files behind: half an upload nobody will
 * finish, removed at the next start. Only files last written before this process started go: in production every pod
 * has a folder of its own, and a second process sharing a local folder (the demo, integration tests) keeps the uploads
 * it is still writing.</li>
 * </ul>
 */
@Singleton
public class UploadSpool {

    private static final Logger LOG = Logger.getLogger(UploadSpool.class);

    private final Path directory;

    UploadSpool(@ConfigProperty(name = "quarkus.http.body.uploads-directory") Path directory) {
        this.directory = directory.toAbsolutePath();
    }

    /** Where spool files go; created when missing. */
    public Path directory() {
        try {
            return Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void register(@Observes Router router) {
        // after RequestSizeLimits (-1), which stores the route's limit; before Quarkus REST reads the form
        router.route().order(0).handler(this::spoolMultipart);
        router.route().order(0).failureHandler(this::clientWentAway);
    }

    /** The body handler fails the request when its client goes away; there is no one to answer, and nothing to log. */
    private void clientWentAway(RoutingContext context) {
        if (!ProblemMappers.clientWentAway(context.failure())) {
            context.next();
            return;
        }
        LOG.infof("Client went away before the upload was read [%s]", CorrelationId.of(context));
        if (!context.response().closed()) {
            context.request().connection().close();
        }
    }

    private void spoolMultipart(RoutingContext context) {
        String type = context.request().getHeader("Content-Type");
        if (type == null || !type.regionMatches(true, 0, "multipart/", 0, 10) || context.request().isEnded()) {
            context.next();
            return;
        }
        Object limit = context.get(RequestSizeLimits.QUARKUS_LIMIT_KEY);
        BodyHandler.create(directory().toString()).setBodyLimit(limit instanceof Long bytes ? bytes : -1)
                .setDeleteUploadedFilesOnEnd(true).handle(context);
    }

    void onStart(@Observes StartupEvent start) throws IOException {
        int removed = clearOlderThan(Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime()));
        if (removed > 0) {
            LOG.infof("Removed %d spool file(s) left in the uploads folder by an earlier process", removed);
        }
    }

    /** Deletes the spool files last written before {@code cutOff}; returns how many went. */
    int clearOlderThan(Instant cutOff) throws IOException {
        if (!Files.isDirectory(directory)) {
            return 0;
        }
        List<Path> stale;
        try (Stream<Path> files = Files.walk(directory)) {
            stale = files.filter(Files::isRegularFile).filter(file -> lastWrittenBefore(file, cutOff)).toList();
        }
        int removed = 0;
        for (Path file : stale) {
            if (Files.deleteIfExists(file)) {
                removed++;
            }
        }
        return removed;
    }

    private static boolean lastWrittenBefore(Path file, Instant cutOff) {
        try {
            return Files.getLastModifiedTime(file).toInstant().isBefore(cutOff);
        } catch (IOException gone) {
            return false;
        }
    }
}
