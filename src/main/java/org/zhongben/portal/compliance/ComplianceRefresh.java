package org.zhongben.portal.compliance;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.zhongben.portal.casefile.CaseFileStore;
import org.zhongben.portal.common.schedule.ClusterJobs;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Keeps stored results current without a new case file: verdicts that change with the date (a deadline passing)
 * are recomputed once their day comes, and a new engine version (a rule or a setting changed) recomputes every
 * case. One replica at a time does the work (a session advisory lock); the others skip the round. The scheduled round
 * runs once per interval in the whole cluster ({@link ClusterJobs}), not once per replica.
 */
@ApplicationScoped
public class ComplianceRefresh {

    private static final Logger LOG = Logger.getLogger(ComplianceRefresh.class);
    /** Advisory lock key for the refresh ("cmpl"). */
    private static final long REFRESH_LOCK = 0x636d706cL;

    private final ComplianceService compliance;
    private final ComplianceStore store;
    private final CaseFileStore files;
    private final Pool pool;
    private final int batchSize;
    private final ClusterJobs jobs;
    private final ComplianceConfig config;

    static final String JOB = "compliance-refresh";

    ComplianceRefresh(ComplianceService compliance, ComplianceStore store, CaseFileStore files, Pool pool,
            ComplianceConfig config, ClusterJobs jobs) {
        this.compliance = compliance;
        this.store = store;
        this.files = files;
        this.pool = pool;
        this.batchSize = config.refreshBatchSize();
        this.jobs = jobs;
        this.config = config;
    }

    /** What one round did. */
    public record Round(boolean ran, int fullyRecomputed, int rechecked) {
    }

    @Scheduled(every = "${portal.compliance.refresh-interval:1h}", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> scheduledRefresh() {
        return jobs.runOnce(JOB, config.refreshInterval(), this::refresh,
                round -> round.fullyRecomputed() + round.rechecked()).invoke(ran -> ran.ifPresent(round -> {
                    if (round.fullyRecomputed() > 0 || round.rechecked() > 0) {
                        LOG.infof("Compliance results refreshed: %d cases recomputed for engine %s, %d rechecked by date",
                                round.fullyRecomputed(), compliance.engineVersion(), round.rechecked());
                    }
                })).onFailure().invoke(failure -> LOG.warn("Compliance refresh failed; will retry", failure))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    /** One round: a full recomputation if the engine version has not completed one, then the due rechecks. */
    public Uni<Round> refresh() {
        return pool.withConnection(lockHolder -> lockHolder.preparedQuery("SELECT pg_try_advisory_lock($1)")
                .execute(Tuple.of(REFRESH_LOCK)).chain(locked -> {
                    if (!locked.iterator().next().getBoolean(0)) {
                        return Uni.createFrom().item(new Round(false, 0, 0));
                    }
                    return fullRunIfNeeded().chain(full -> recheckDue(0).map(rechecked -> new Round(true, full, rechecked)))
                            .eventually(() -> unlock(lockHolder));
                }));
    }

    /** Recomputes every case with the current engine version, whatever is stored; the command behind a rule change. */
    public Uni<Integer> recomputeAll() {
        return walk(0L, 0, true).call(count -> store.recordCompleted(compliance.engineVersion(), count));
    }

    private Uni<Integer> fullRunIfNeeded() {
        String version = compliance.engineVersion();
        return store.completed(version).chain(done -> done ? Uni.createFrom().item(0)
                : walk(0L, 0, false).call(count -> store.recordCompleted(version, count)));
    }

    /** Walks all cases in id order, evaluating those not yet at the current version (or all, when forced). */
    private Uni<Integer> walk(long afterId, int evaluated, boolean force) {
        return files.caseIdsAfter(afterId, batchSize).chain(ids -> {
            if (ids.isEmpty()) {
                return Uni.createFrom().item(evaluated);
            }
            long last = ids.get(ids.size() - 1);
            Uni<List<Long>> stale = force ? Uni.createFrom().item(ids)
                    : store.versions(ids).map(versions -> ids.stream()
                            .filter(id -> !compliance.engineVersion().equals(versions.get(id))).toList());
            return stale.chain(caseIds -> compliance.reevaluate(caseIds, true))
                    .chain(count -> walk(last, evaluated + count, force));
        });
    }

    private Uni<Integer> recheckDue(int soFar) {
        return store.dueForRecheck(compliance.today(), batchSize).chain(ids -> ids.isEmpty()
                ? Uni.createFrom().item(soFar)
                : compliance.reevaluate(ids, false).chain(count -> recheckDue(soFar + count)));
    }

    private static Uni<Void> unlock(SqlConnection connection) {
        return connection.preparedQuery("SELECT pg_advisory_unlock($1)").execute(Tuple.of(REFRESH_LOCK))
                .replaceWithVoid().onFailure().recoverWithNull();
    }
}
