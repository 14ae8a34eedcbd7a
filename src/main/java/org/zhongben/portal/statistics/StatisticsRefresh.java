package org.zhongben.portal.statistics;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.zhongben.portal.common.schedule.ClusterJobs;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Recomputes the statistics tables from the case tables on a schedule, in one transaction, so readers see either the
 * old or the new figures and never a mix. One replica at a time (a transaction-scoped advisory lock); the others skip.
 * The scheduled refresh runs once per interval in the whole cluster ({@link ClusterJobs}), not once per replica.
 */
@ApplicationScoped
public class StatisticsRefresh {

    private static final Logger LOG = Logger.getLogger(StatisticsRefresh.class);
    /** Advisory-lock key of this job ("stat" in ASCII). */
    static final long LOCK = 0x73746174L;

    static final String JOB = "statistics-refresh";

    private final Pool pool;
    private final Clock clock;
    private final int graceDays;
    private final ClusterJobs jobs;
    private final Duration interval;

    StatisticsRefresh(Pool pool, Clock clock,
            @ConfigProperty(name = "portal.followup.grace-days", defaultValue = "30") int graceDays, ClusterJobs jobs,
            @ConfigProperty(name = "portal.statistics.refresh-interval") Duration interval) {
        this.pool = pool;
        this.clock = clock;
        this.graceDays = graceDays;
        this.jobs = jobs;
        this.interval = interval;
    }

    @Scheduled(every = "${portal.statistics.refresh-interval}", delayed = "20s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> scheduled() {
        long started = System.nanoTime();
        return jobs.runOnce(JOB, interval, this::refresh, done -> done ? 1 : 0).invoke(done -> {
            if (done.orElse(false)) {
                LOG.infof("Statistics recomputed in %d ms", (System.nanoTime() - started) / 1_000_000);
            }
        }).onFailure().invoke(failure -> LOG.warn("Statistics refresh failed", failure))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    /** Recomputes everything; false when another replica holds the lock. */
    public Uni<Boolean> refresh() {
        LocalDate today = LocalDate.now(clock);
        return pool.withTransaction(connection -> connection.preparedQuery("SELECT pg_try_advisory_xact_lock($1) AS got")
                .execute(Tuple.of(LOCK)).chain(rows -> {
                    if (!rows.iterator().next().getBoolean("got")) {
                        return Uni.createFrom().item(false);
                    }
                    return connection.query("DELETE FROM court_statistics").execute()
                            .chain(() -> connection.query("DELETE FROM court_check_failure").execute())
                            .chain(() -> connection.preparedQuery(StatisticsSql.FIGURES)
                                    .execute(Tuple.of(today, graceDays)))
                            .chain(() -> connection.query(StatisticsSql.FAILURES).execute()).replaceWith(true);
                }));
    }

}
