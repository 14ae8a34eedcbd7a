package org.zhongben.portal.resumption;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.zhongben.portal.casefile.CaseFileListener;
import org.zhongben.portal.casefile.CaseFileStore;
import org.zhongben.portal.casefile.CaseLineage;
import org.zhongben.portal.common.concurrent.Offload;
import org.zhongben.portal.followup.FollowUpService;
import org.zhongben.portal.followup.ItemKind;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * When the court system reports a 执恢 case (its parent case number names a 终本 case), the parent's open application
 * closes as accepted with that case, in the intake transaction; an application a clerk already accepted with that
 * number gets linked to the stored case.
 */
@ApplicationScoped
class ResumptionListener implements CaseFileListener {

    private final ResumptionStore store;
    private final ResumptionService applications;
    private final CaseFileStore files;
    private final FollowUpService followUps;

    ResumptionListener(ResumptionStore store, ResumptionService applications, CaseFileStore files,
            FollowUpService followUps) {
        this.store = store;
        this.applications = applications;
        this.files = files;
        this.followUps = followUps;
    }

    @Override
    public Uni<Void> stored(SqlConnection connection, List<StoredChange> changes) {
        Map<Long, String> children = new LinkedHashMap<>();
        for (StoredChange change : changes) {
            if (change.file().parentCaseNumber() != null) {
                children.put(change.caseId(), change.file().caseNumber());
            }
        }
        if (children.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return files.lineage(connection, List.copyOf(children.keySet()))
                .chain(lineage -> Offload.toWorker(() -> accept(connection, children, lineage)));
    }

    private Void accept(SqlConnection connection, Map<Long, String> children, Map<Long, CaseLineage> lineage) {
        Map<Long, Long> childOfParent = new HashMap<>();
        lineage.forEach((childId, line) -> {
            if (line.parentCaseId() != null) {
                childOfParent.putIfAbsent(line.parentCaseId(), childId);
            }
        });
        Map<String, Long> byNumber = new HashMap<>();
        children.forEach((id, number) -> byNumber.put(number, id));
        store.linkChildCases(connection, byNumber);
        List<Long> parents = new ArrayList<>(childOfParent.keySet());
        if (parents.isEmpty()) {
            return null;
        }
        for (ResumptionStore.Application application : store.openApplications(connection, parents)) {
            long childId = childOfParent.get(application.caseId());
            Map<String, Object> changes = new LinkedHashMap<>();
            changes.put("child_case_number", children.get(childId));
            changes.put("child_case_id", childId);
            applications.transition(connection, null, application, ResumptionAction.ACCEPTED_BY_INTAKE, changes,
                    children.get(childId));
            followUps.cancel(connection, application.caseId(), ItemKind.RESUMPTION_VERIFICATION,
                    String.valueOf(application.id())).await().atMost(ResumptionStore.TIMEOUT);
        }
        return null;
    }
}
