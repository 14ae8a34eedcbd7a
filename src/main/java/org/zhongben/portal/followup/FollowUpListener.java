package org.zhongben.portal.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.zhongben.portal.casefile.CaseFileListener;
import org.zhongben.portal.common.concurrent.Offload;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;

/** Rewrites the stored deadlines of every case file intake stores, in the same transaction. */
@ApplicationScoped
class FollowUpListener implements CaseFileListener {

    private final FollowUpStore store;
    private final TrackerSettings settings;
    private final Clock clock;

    FollowUpListener(FollowUpStore store, FollowUpConfig config, Clock clock) {
        this.store = store;
        this.settings = config.settings();
        this.clock = clock;
    }

    @Override
    public Uni<Void> stored(SqlConnection connection, List<StoredChange> changes) {
        LocalDate today = LocalDate.now(clock);
        List<Long> caseIds = changes.stream().map(StoredChange::caseId).toList();
        return Offload.toWorker(() -> {
            List<FollowUpStore.Deadline> deadlines = new ArrayList<>();
            for (StoredChange change : changes) {
                java.util.Set<String> seen = new java.util.HashSet<>();
                for (TrackedItem item : FollowUpTracker.track(change.file(), today, settings).all()) {
                    if (!item.alerts().isEmpty() && seen.add(item.kind() + "/" + item.subject())) {
                        deadlines.add(FollowUpStore.Deadline.of(change.caseId(), item));
                    }
                }
            }
            return deadlines;
        }).chain(deadlines -> store.replace(connection, caseIds, deadlines));
    }
}
