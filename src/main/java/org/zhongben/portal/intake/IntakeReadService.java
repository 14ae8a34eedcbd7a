package org.zhongben.portal.intake;

import jakarta.enterprise.context.ApplicationScoped;

import org.zhongben.portal.casefile.CaseFile;
import org.zhongben.portal.casefile.CaseFileStore;
import org.zhongben.portal.casefile.CaseNumber;
import org.zhongben.portal.casefile.IdDisclosure;
import org.zhongben.portal.casefile.StoredCaseFile;
import org.zhongben.portal.common.error.PortalException;

import io.smallrye.mutiny.Uni;

/** Read-back of stored case files for the court system that sent them. */
@ApplicationScoped
public class IntakeReadService {

    private final CaseFileStore store;

    IntakeReadService(CaseFileStore store) {
        this.store = store;
    }

    /** The stored file of one of {@code courtCode}'s cases; any other case is reported as not found. */
    public Uni<CaseFile> read(String courtCode, String caseNumber) {
        return caseId(courtCode, caseNumber)
                .chain(caseId -> store.read(caseId, IdDisclosure.FULL))
                .map(stored -> stored.map(StoredCaseFile::file)
                        .orElseThrow(() -> new PortalException(IntakeError.CASE_NOT_FOUND)));
    }

    /** The id of one of {@code courtCode}'s cases, or a 404 failure. */
    public Uni<Long> caseId(String courtCode, String caseNumber) {
        String canonical = CaseNumber.parse(caseNumber).map(CaseNumber::render).orElse(null);
        if (canonical == null) {
            return Uni.createFrom().failure(new PortalException(IntakeError.CASE_NOT_FOUND));
        }
        return store.findCaseId(courtCode, canonical)
                .map(id -> id.orElseThrow(() -> new PortalException(IntakeError.CASE_NOT_FOUND)));
    }
}
