package org.zhongben.portal.followup;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.zhongben.portal.casefile.CaseFile;
import org.zhongben.portal.casefile.CaseFileListener;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;

/** Rewrites the stored deadlines of every case file intake stores, in the same transaction. */
@ApplicationScoped
class FollowUpListener implements CaseFileListener {

    private final FollowUpService followUps;

    FollowUpListener(FollowUpService followUps) {
        this.followUps = followUps;
    }

    @Override
    public Uni<Void> stored(SqlConnection connection, List<StoredChange> changes) {
        Map<Long, CaseFile> files = new LinkedHashMap<>();
        for (StoredChange change : changes) {
            files.put(change.caseId(), change.file());
        }
        return followUps.rewrite(connection, files);
    }
}
