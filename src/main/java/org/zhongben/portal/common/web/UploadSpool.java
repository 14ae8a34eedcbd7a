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
import org.zhongben.portal.common.error.CommonError;
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
    /** Context key: false while the body handler decodes a multipart body, true once its parts are handed on. */
    private static final String BODY_READ = "portal.multipart-body-read";
    private static final long DECODE_GRACE_MS = 2_000;

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
        // before RouteFailures (-20), which would answer a decoding failure 500
        router.route().order(-21).failureHandler(this::clientWentAway);
        router.route().order(1).handler(this::refuseEmptyMultipart);
    }

    /**
     * Failures while the body handler reads a multipart body. A client that went away gets no answer and no log line
     * beyond INFO. Any other failure in this phase comes from a body Netty could not decode (a part without a name, a
     * broken boundary; Vert.x reports some of them only as "Streaming aborted" or a closed spool file): the client's
     * fault, answered 400 with the spooled files removed.
     */
    private void clientWentAway(RoutingContext context) {
        if (ProblemMappers.clientWentAway(context.failure())) {
            LOG.infof("Client went away before the upload was read [%s]", CorrelationId.of(context));
            if (!context.response().closed()) {
                context.request().connection().close();
            }
            return;
        }
        if (Boolean.FALSE.equals(context.get(BODY_READ))) {
            refuseUndecodable(context, context.failure());
            return;
        }
        context.next();
    }

    private static void refuseUndecodable(RoutingContext context, Throwable failure) {
        context.put(BODY_READ, true);
        LOG.debugf(failure, "Undecodable multipart body refused with 400 [%s]", CorrelationId.of(context));
        // answer first: removing the spooled files closes the pipe of an unfinished part, which fails the request again
        EarlyAnswers.problem(context, CommonError.BAD_REQUEST, true);
        context.cancelAndCleanupFileUploads();
    }

    /**
     * Netty's decoder can stop in the middle of a broken body without telling the body handler, which then waits for
     * the end of a file part that never comes, and the request is never answered. A request whose body has arrived
     * but whose parts were not handed on within {@link #DECODE_GRACE_MS} is refused.
     */
    private void watchDecoding(RoutingContext context) {
        long[] endedAt = { 0 };
        context.vertx().setPeriodic(DECODE_GRACE_MS / 4, timer -> {
            if (!Boolean.FALSE.equals(context.get(BODY_READ)) || context.response().closed()
                    || context.response().ended()) {
                context.vertx().cancelTimer(timer);
                return;
            }
            if (!context.request().isEnded()) {
                return;
            }
            long now = System.currentTimeMillis();
            if (endedAt[0] == 0) {
                endedAt[0] = now;
            } else if (now - endedAt[0] >= DECODE_GRACE_MS) {
                context.vertx().cancelTimer(timer);
                refuseUndecodable(context, null);
            }
        });
    }

    /**
     * A multipart body the body handler found no part in (cut short before its closing boundary, or empty) is refused
     * here: Quarkus REST would otherwise wait for a body that was already read, and the request would never be answered
     * (MalformedRequestTest). Every multipart form of the portal has at least one part.
     */
    private void refuseEmptyMultipart(RoutingContext context) {
        if (Boolean.TRUE.equals(context.get(BODY_READ))) {
            // refused already while decoding; the body handler went on regardless
            return;
        }
        if (context.get(BODY_READ) != null) {
            context.put(BODY_READ, true);
        }
        if (context.request().isExpectMultipart() && context.fileUploads().isEmpty()
                && context.request().formAttributes().isEmpty()) {
            EarlyAnswers.problem(context, CommonError.BAD_REQUEST, false);
            return;
        }
        context.next();
    }

    private void spoolMultipart(RoutingContext context) {
        String type = context.request().getHeader("Content-Type");
        if (type == null || !type.regionMatches(true, 0, "multipart/", 0, 10) || context.request().isEnded()) {
            context.next();
            return;
        }
        Object limit = context.get(RequestSizeLimits.QUARKUS_LIMIT_KEY);
        context.put(BODY_READ, false);
        watchDecoding(context);
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
