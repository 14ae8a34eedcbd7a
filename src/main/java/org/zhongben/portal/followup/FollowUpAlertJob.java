package org.zhongben.portal.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.zhongben.portal.common.i18n.Languages;
import org.zhongben.portal.common.outbox.Outbox;
import org.zhongben.portal.common.schedule.ClusterJobs;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Finds deadlines that entered a warning window, an urgent window or became overdue, and writes one outbox event per
 * deadline and stage for the notifications feature. Once per cluster: each batch runs under a transaction-scoped
 * advisory lock, rows are claimed with {@code FOR UPDATE SKIP LOCKED}, and the outbox drops an event it already has,
 * so a rerun or a concurrent run never duplicates one. The scheduled run happens once per interval in the whole
 * cluster ({@link ClusterJobs}), not once per replica.
 * <p>
 * A stage that began more than {@code portal.followup.alert-lookback} ago is not announced (it is history, e.g. when a
 * court first loads years of old cases); the deadline itself stays visible on the case page.
 */
@ApplicationScoped
public class FollowUpAlertJob {

    private static final Logger LOG = Logger.getLogger(FollowUpAlertJob.class);
    /** Advisory lock key ("fupa"). */
    private static final long ALERT_LOCK = 0x66757061L;
    /** Stages older than this are history, not news. */
    static final int LOOKBACK_DAYS = 30;

    private final Pool pool;
    private final FollowUpStore store;
    private final Outbox outbox;
    private final Clock clock;
    private final int batchSize;
    private final ClusterJobs jobs;
    private final FollowUpConfig config;

    static final String JOB = "deadline-alerts";

    FollowUpAlertJob(Pool pool, FollowUpStore store, Outbox outbox, Clock clock, FollowUpConfig config, ClusterJobs jobs) {
        this.pool = pool;
        this.store = store;
        this.outbox = outbox;
        this.clock = clock;
        this.batchSize = config.alertBatchSize();
        this.jobs = jobs;
        this.config = config;
    }

    /** What a run did: deadlines looked at and events newly written. */
    public record Run(int deadlines, int events) {
    }

    @Scheduled(every = "${portal.followup.alert-interval:1h}", delayed = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> scheduledRun() {
        return jobs.runOnce(JOB, config.alertInterval(), this::run, Run::events).invoke(ran -> ran.ifPresent(run -> {
            if (run.events() > 0) {
                LOG.infof("Deadline alerts: %d deadlines reached a new stage, %d events written", run.deadlines(),
                        run.events());
            }
        })).onFailure().invoke(failure -> LOG.warn("Deadline alert run failed; will retry", failure))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    /** Announces every stage due by today, batch by batch. */
    public Uni<Run> run() {
        return batches(LocalDate.now(clock), new Run(0, 0));
    }

    private Uni<Run> batches(LocalDate today, Run soFar) {
        return pool.withTransaction(connection -> batch(connection, today)).chain(batch -> {
            Run total = new Run(soFar.deadlines() + batch.deadlines(), soFar.events() + batch.events());
            return batch.deadlines() == batchSize ? batches(today, total) : Uni.createFrom().item(total);
        });
    }

    private Uni<Run> batch(SqlConnection connection, LocalDate today) {
        return connection.preparedQuery("SELECT pg_try_advisory_xact_lock($1)").execute(Tuple.of(ALERT_LOCK))
                .chain(locked -> !locked.iterator().next().getBoolean(0) ? Uni.createFrom().item(new Run(0, 0))
                        : store.due(connection, today, batchSize).chain(due -> {
                            List<Outbox.Event> events = new ArrayList<>();
                            for (FollowUpStore.Deadline deadline : due) {
                                AlertStage stage = deadline.stageOn(today);
                                if (stage != null && !deadline.stageDay(stage).isBefore(today.minusDays(LOOKBACK_DAYS))) {
                                    events.add(event(deadline, stage));
                                }
                            }
                            return outbox.append(connection, events)
                                    .call(() -> store.advance(connection, due, today))
                                    .map(written -> new Run(due.size(), written));
                        }));
    }

    static Outbox.Event event(FollowUpStore.Deadline deadline, AlertStage stage) {
        ItemKind kind = ItemKind.valueOf(deadline.kind());
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("kind", deadline.kind());
        payload.put("subject", deadline.subject());
        payload.put("dueOn", deadline.dueOn().toString());
        payload.put("stage", stage.name());
        payload.put("duty", kind.duty().name());
        String zhDue = Languages.formatDate(deadline.dueOn(), Languages.ZH);
        String enDue = Languages.formatDate(deadline.dueOn(), Languages.EN);
        payload.put(Outbox.SUMMARY, switch (stage) {
            case WARNING -> Outbox.summary(kind.zh() + "将于" + zhDue + "到期。", kind.en() + " is due on " + enDue + ".");
            case URGENT -> Outbox.summary(kind.zh() + "即将到期(" + zhDue + ")。", kind.en() + " is due soon: " + enDue + ".");
            case OVERDUE -> Outbox.summary(kind.zh() + "已逾期(应于" + zhDue + "前完成)。",
                    kind.en() + " is overdue: it was due on " + enDue + ".");
        });
        String key = "deadline:" + deadline.caseId() + ":" + deadline.kind() + ":" + deadline.subject() + ":"
                + deadline.dueOn() + ":" + stage;
        return new Outbox.Event(key, "deadline." + stage.name().toLowerCase(Locale.ROOT), deadline.caseId(), payload,
                deadline.stageDay(stage));
    }
}
