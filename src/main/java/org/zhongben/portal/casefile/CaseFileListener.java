package org.zhongben.portal.casefile;

import java.util.List;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * Published interface for features that keep something derived from case files (compliance results, the public
 * registry, notifications). Called inside the transaction that stored the file, so derived data never disagrees
 * with the file it came from.
 */
public interface CaseFileListener {

    /** Case files were created or replaced by newer versions (one batch, in the intake transaction). */
    Uni<Void> stored(SqlConnection connection, List<StoredChange> changes);

    record StoredChange(long caseId, WriteOutcome.Status status, CaseFile file) {
    }
}
