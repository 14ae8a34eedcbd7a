package org.zhongben.portal.compliance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.zhongben.portal.casefile.CaseFile;
import org.zhongben.portal.casefile.CaseFileListener;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;

/** Recomputes the stored compliance results of every case file intake stores, in the same transaction. */
@ApplicationScoped
class ComplianceListener implements CaseFileListener {

    private final ComplianceService compliance;

    ComplianceListener(ComplianceService compliance) {
        this.compliance = compliance;
    }

    @Override
    public Uni<Void> stored(SqlConnection connection, List<StoredChange> changes) {
        Map<Long, CaseFile> changed = new LinkedHashMap<>();
        for (StoredChange change : changes) {
            changed.put(change.caseId(), change.file());
        }
        return compliance.evaluateChanged(connection, changed);
    }
}
