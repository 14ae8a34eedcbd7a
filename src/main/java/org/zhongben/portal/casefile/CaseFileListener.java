package org.zhongben.portal.casefile;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * Published interface for features that keep something derived from case files (compliance results, the public
 * registry, notifications). Called inside the transaction that stored the file, so derived data never disagrees
 * with the file it came from.
 */
public interface CaseFileListener {

    /** A case file was created or replaced by a newer version. */
    Uni<Void> stored(SqlConnection connection, StoredChange change);

    record StoredChange(long caseId, WriteOutcome.Status status, CaseFile file) {
    }
}
