package org.zhongben.portal.common.schedule;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Periodic work that must happen once per cluster, not once per replica. Every replica's scheduler fires the job; a
 * replica runs it only if it can record a run in {@code scheduled_job_run} starting at least {@value #MARGIN} of the
 * interval after the job's previous run (the margin absorbs scheduler jitter, so a lone replica never skips a turn).
 * The check and the record are one transaction under an advisory lock per job, so replicas firing at the same moment
 * cannot both pass, and the times are the database's, so replicas with skewed clocks agree. A run that fails removes
 * its record so another replica may try at once; a replica that dies mid-run leaves its record unfinished, and the job
 * runs again an interval later.
 */
@ApplicationScoped
public class ClusterJobs {

    private static final Logger LOG = Logger.getLogger(ClusterJobs.class);
    static final double MARGIN = 0.9;
    /** Records older than this are deleted when a run of the same job finishes. */
    private static final int KEEP_DAYS = 30;

    private final Pool pool;
    private final String instance;

    ClusterJobs(Pool pool) {
        this.pool = pool;
        this.instance = instanceName();
    }

    /** This replica as recorded in {@code scheduled_job_run}: host name and process id. */
    public String instance() {
        return instance;
    }

    /**
     * Runs {@code work} if no replica ran {@code job} in the last {@value #MARGIN} × {@code interval}; answers its
     * result, or empty when the run was another replica's turn.
     *
     * @param items what the run did, for the record (rows written, cases rechecked, ...)
     */
    public <T> Uni<Optional<T>> runOnce(String job, Duration interval, Supplier<Uni<T>> work, ToLongFunction<T> items) {
        return claim(job, interval).chain(id -> {
            if (id == null) {
                return Uni.createFrom().item(Optional.<T> empty());
            }
            return Uni.createFrom().<T> deferred(work::get).onFailure().call(failure -> release(id))
                    .call(result -> finish(job, id, result == null ? 0 : items.applyAsLong(result)))
                    .map(Optional::ofNullable);
        });
    }

    /** Records a run of the job unless one started recently; answers the record's id, or null when it is not our turn. */
    private Uni<Long> claim(String job, Duration interval) {
        double recentSeconds = interval.toMillis() / 1000.0 * MARGIN;
        return pool.withTransaction(connection -> connection
                .preparedQuery("SELECT pg_try_advisory_xact_lock(hashtextextended($1, 0))")
                .execute(Tuple.of("scheduled-job:" + job)).chain(locked -> {
                    if (!locked.iterator().next().getBoolean(0)) {
                        return Uni.createFrom().nullItem();
                    }
                    return connection.preparedQuery("""
                            INSERT INTO scheduled_job_run (job, instance, started_at)
                            SELECT $1, $2, now() WHERE NOT EXISTS (
                                SELECT 1 FROM scheduled_job_run
                                WHERE job = $1 AND started_at > now() - make_interval(secs => $3))
                            RETURNING id""").execute(Tuple.of(job, instance, recentSeconds))
                            .map(rows -> rows.size() == 0 ? null : rows.iterator().next().getLong(0));
                }));
    }

    private Uni<Void> finish(String job, long id, long items) {
        return pool.preparedQuery("UPDATE scheduled_job_run SET finished_at = clock_timestamp(), items = $2 WHERE id = $1")
                .execute(Tuple.of(id, items))
                .chain(() -> pool.preparedQuery("""
                        DELETE FROM scheduled_job_run WHERE job = $1 AND started_at < now() - make_interval(days => $2)""")
                        .execute(Tuple.of(job, KEEP_DAYS)))
                .replaceWithVoid();
    }

    private Uni<Void> release(long id) {
        return pool.preparedQuery("DELETE FROM scheduled_job_run WHERE id = $1").execute(Tuple.of(id)).replaceWithVoid()
                .onFailure().invoke(failure -> LOG.warn("Could not withdraw the record of a failed job run", failure))
                .onFailure().recoverWithNull();
    }

    private static String instanceName() {
        String host = System.getenv("HOSTNAME");
        if (host == null || host.isBlank()) {
            try {
                host = InetAddress.getLocalHost().getHostName();
            } catch (IOException unknown) {
                host = "unknown-host";
            }
        }
        return host + ":" + ProcessHandle.current().pid();
    }
}
