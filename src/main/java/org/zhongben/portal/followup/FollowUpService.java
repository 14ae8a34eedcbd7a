package org.zhongben.portal.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.zhongben.portal.casefile.CaseFile;
import org.zhongben.portal.common.concurrent.Offload;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;

/** The follow-up feature's published service: keeps each case's stored deadlines in step with its case file. */
@ApplicationScoped
public class FollowUpService {

    private final FollowUpStore store;
    private final TrackerSettings settings;
    private final Clock clock;

    FollowUpService(FollowUpStore store, FollowUpConfig config, Clock clock) {
        this.store = store;
        this.settings = config.settings();
        this.clock = clock;
    }

    public TrackerSettings settings() {
        return settings;
    }

    /** The plan of a case file today. */
    public FollowUpPlan plan(CaseFile file) {
        return FollowUpTracker.track(file, LocalDate.now(clock), settings);
    }

    /**
     * Schedules a deadline another feature owns (a resumption application's verification): announced when it is one
     * day overdue, like the court's other clocks. Replaces an earlier schedule of the same subject.
     */
    public Uni<Void> schedule(SqlClient client, long caseId, ItemKind kind, String subject, LocalDate dueOn) {
        return store.put(client, new FollowUpStore.Deadline(caseId, kind.name(), subject, dueOn, null, null,
                dueOn.plusDays(1)));
    }

    /** Removes a deadline scheduled with {@link #schedule} (the act was done, or is no longer owed). */
    public Uni<Void> cancel(SqlClient client, long caseId, ItemKind kind, String subject) {
        return store.remove(client, caseId, kind.name(), subject);
    }

    /** Replaces the stored deadlines of the given cases (case id → file) through {@code client}. */
    public Uni<Void> rewrite(SqlClient client, Map<Long, CaseFile> files) {
        if (files.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        LocalDate today = LocalDate.now(clock);
        List<Long> caseIds = List.copyOf(files.keySet());
        return Offload.toWorker(() -> {
            List<FollowUpStore.Deadline> deadlines = new ArrayList<>();
            files.forEach((caseId, file) -> {
                Set<String> seen = new HashSet<>();
                for (TrackedItem item : FollowUpTracker.track(file, today, settings).all()) {
                    // only open items can still be announced; a duplicate id in a file keeps its first record
                    if (!item.alerts().isEmpty() && seen.add(item.kind() + "/" + item.subject())) {
                        deadlines.add(FollowUpStore.Deadline.of(caseId, item));
                    }
                }
            });
            return deadlines;
        }).chain(deadlines -> store.replace(client, caseIds, deadlines));
    }
}
