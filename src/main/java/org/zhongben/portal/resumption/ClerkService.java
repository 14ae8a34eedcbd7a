package org.zhongben.portal.resumption;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.zhongben.portal.accounts.Roles;
import org.zhongben.portal.accounts.Viewer;
import org.zhongben.portal.audit.AuditAction;
import org.zhongben.portal.audit.AuditLog;
import org.zhongben.portal.casefile.CaseFileStore;
import org.zhongben.portal.casefile.CaseNumber;
import org.zhongben.portal.casefile.IdDisclosure;
import org.zhongben.portal.casefile.StoredCaseFile;
import org.zhongben.portal.casefile.vocabulary.CaseType;
import org.zhongben.portal.casefile.vocabulary.ClueResult;
import org.zhongben.portal.common.db.BlockingTransaction;
import org.zhongben.portal.common.error.PortalException;
import org.zhongben.portal.compliance.ComplianceReport;
import org.zhongben.portal.compliance.ComplianceService;
import org.zhongben.portal.followup.FollowUpService;
import org.zhongben.portal.followup.ItemKind;
import org.zhongben.portal.resumption.ResumptionStore.Application;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * The court's side: a clerk sees and decides the applications of the clerk's own court only (any other answers
 * "not found"). Each action checks the state machine and the version the clerk saw, is audited and produces an
 * outbox event. Blocking: call it from a worker thread.
 */
@ApplicationScoped
public class ClerkService {

    static final int QUEUE_SIZE = 200;

    private final Pool pool;
    private final ResumptionStore store;
    private final ResumptionService applications;
    private final CaseFileStore files;
    private final ComplianceService compliance;
    private final FollowUpService followUps;
    private final AuditLog audit;
    private final Clock clock;

    ClerkService(Pool pool, ResumptionStore store, ResumptionService applications, CaseFileStore files,
            ComplianceService compliance, FollowUpService followUps, AuditLog audit, Clock clock) {
        this.pool = pool;
        this.store = store;
        this.applications = applications;
        this.files = files;
        this.compliance = compliance;
        this.followUps = followUps;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether the viewer is court staff of a court (the only ones who see the queue). */
    public static boolean isClerk(Viewer viewer) {
        return viewer.kind() == Viewer.Kind.ACCOUNT && viewer.hasRole(Roles.CLERK) && viewer.courtCode() != null;
    }

    /** The court's open applications, overdue and soonest due first, and its recently closed ones. */
    public ClerkQueue queue(Viewer viewer, Locale locale) {
        requireClerk(viewer);
        LocalDate today = LocalDate.now(clock);
        List<ClerkQueue.Row> open = store.queue(pool, viewer.courtCode(), QUEUE_SIZE).stream()
                .map(application -> ClerkQueue.row(application, today, locale)).toList();
        List<ClerkQueue.Row> closed = store.recentlyClosed(pool, viewer.courtCode(), 20).stream()
                .map(application -> ClerkQueue.row(application, today, locale)).toList();
        return new ClerkQueue(viewer.courtCode(), open, closed);
    }

    /** One application of the clerk's court, with the case's compliance results and its earlier applications. */
    public ClerkDetail detail(Viewer viewer, long applicationId, Locale locale) {
        Application application = own(viewer, applicationId);
        audit.record(viewer.toActor(), AuditAction.CASE_VIEWED, application.caseId(), "application:" + applicationId)
                .await().atMost(ResumptionStore.TIMEOUT);
        ResumptionView view = ResumptionViews.of(application, store.clues(pool, applicationId),
                store.evidence(pool, applicationId), store.events(pool, applicationId), LocalDate.now(clock), locale,
                "/court/resumption/" + applicationId, applications.clockDays(application));
        StoredCaseFile stored = files.read(application.caseId(), IdDisclosure.MASKED).await()
                .atMost(ResumptionStore.TIMEOUT).orElseThrow(() -> new PortalException(ResumptionError.NOT_FOUND));
        ComplianceReport report = compliance.evaluate(stored, LocalDate.now(clock));
        List<ClerkQueue.Row> earlier = store.applicationsOfCase(pool, application.caseId()).stream()
                .filter(other -> other.id() != applicationId && other.state() != ResumptionState.DRAFT)
                .map(other -> ClerkQueue.row(other, LocalDate.now(clock), locale)).toList();
        return ClerkDetail.of(view, stored, report, earlier, locale);
    }

    /** An evidence file of an application of the clerk's court. */
    public ResumptionService.EvidenceFile evidence(Viewer viewer, long applicationId, long evidenceId) {
        return applications.evidenceFile(own(viewer, applicationId), evidenceId, viewer);
    }

    public void requestMaterials(Viewer viewer, long applicationId, long version, String message) {
        String text = required(message);
        act(viewer, applicationId, version, (connection, application) -> {
            Map<String, Object> changes = new LinkedHashMap<>();
            changes.put("materials_request", text);
            applications.transition(connection, viewer, application, ResumptionAction.MATERIALS_REQUESTED, changes, text);
            // the court is not late while it waits for the creditor: the clock starts again with the answer
            cancelClock(connection, application);
        });
    }

    public void verifyClue(Viewer viewer, long applicationId, long version, long clueId, ClueResult result,
            String note) {
        if (result == null || result == ClueResult.PENDING) {
            throw new PortalException(ResumptionError.REASON_REQUIRED, "result");
        }
        if (result != ClueResult.CONFIRMED) {
            required(note);
        }
        act(viewer, applicationId, version, (connection, application) -> {
            ResumptionService.requireAllowed(ResumptionAction.CLUE_VERIFIED, application.state());
            if (!store.verifyClue(connection, application.id(), clueId, result, blankToNull(note))) {
                throw new PortalException(ResumptionError.NOT_FOUND);
            }
            Map<String, Object> changes = new LinkedHashMap<>();
            boolean all = store.allCluesVerified(connection, application.id());
            if (all) {
                changes.put("verified_at", java.time.OffsetDateTime.now(clock));
            }
            applications.transition(connection, viewer, application, ResumptionAction.CLUE_VERIFIED, changes,
                    "#" + clueId + " " + result.name() + (note == null || note.isBlank() ? "" : ": " + note.strip()));
            if (all) {
                cancelClock(connection, application);
            }
        });
    }

    public void urgentControl(Viewer viewer, long applicationId, long version, String note) {
        String text = required(note);
        act(viewer, applicationId, version, (connection, application) -> applications.transition(connection, viewer,
                application, ResumptionAction.URGENT_CONTROL, Map.of(), text));
    }

    public void accept(Viewer viewer, long applicationId, long version, String childCaseNumber, String note) {
        act(viewer, applicationId, version, (connection, application) -> {
            CaseNumber child = CaseNumber.parse(childCaseNumber).filter(number -> number.type() == CaseType.ZHI_HUI)
                    .filter(number -> number.court().equals(application.courtCode()))
                    .orElseThrow(() -> new PortalException(ResumptionError.INVALID_CHILD_CASE));
            Long childCaseId = files.findCaseId(application.courtCode(), child.render()).await()
                    .atMost(ResumptionStore.TIMEOUT).orElse(null);
            Map<String, Object> changes = new LinkedHashMap<>();
            changes.put("child_case_number", child.render());
            changes.put("child_case_id", childCaseId);
            changes.put("decision_note", blankToNull(note));
            applications.transition(connection, viewer, application, ResumptionAction.ACCEPTED, changes,
                    child.render() + (note == null || note.isBlank() ? "" : ": " + note.strip()));
            cancelClock(connection, application);
        });
    }

    public void reject(Viewer viewer, long applicationId, long version, RejectionReason reason, String note) {
        if (reason == null) {
            throw new PortalException(ResumptionError.REASON_REQUIRED, "reason");
        }
        if (reason == RejectionReason.OTHER) {
            required(note);
        }
        act(viewer, applicationId, version, (connection, application) -> {
            Map<String, Object> changes = new LinkedHashMap<>();
            changes.put("rejection_reason", reason.name());
            changes.put("decision_note", blankToNull(note));
            applications.transition(connection, viewer, application, ResumptionAction.REJECTED, changes,
                    // the reason is shown from the stored code in the reader's language; the timeline keeps the words
                    blankToNull(note));
            cancelClock(connection, application);
        });
    }

    @FunctionalInterface
    private interface Action {
        void run(SqlConnection connection, Application application);
    }

    private void act(Viewer viewer, long applicationId, long version, Action action) {
        Application seen = own(viewer, applicationId);
        BlockingTransaction.run(pool, connection -> {
            store.lockCase(connection, seen.caseId());
            Application application = store.application(connection, applicationId, true).orElseThrow();
            if (application.version() != version) {
                throw new PortalException(ResumptionError.CHANGED_MEANWHILE);
            }
            action.run(connection, application);
            audit.record(connection, viewer.toActor(), AuditAction.DECISION_RECORDED, application.caseId(),
                    "application:" + applicationId, Map.of("state", store.application(connection, applicationId, false)
                            .map(after -> after.state().name()).orElse("?")))
                    .await().atMost(ResumptionStore.TIMEOUT);
            return null;
        });
    }

    private void cancelClock(SqlConnection connection, Application application) {
        followUps.cancel(connection, application.caseId(), ItemKind.RESUMPTION_VERIFICATION,
                String.valueOf(application.id())).await().atMost(ResumptionStore.TIMEOUT);
    }

    /** The application, if it belongs to the clerk's court and has been submitted; else "not found". */
    private Application own(Viewer viewer, long applicationId) {
        requireClerk(viewer);
        return store.application(pool, applicationId, false)
                .filter(application -> application.courtCode().equals(viewer.courtCode()))
                .filter(application -> application.state() != ResumptionState.DRAFT)
                .orElseThrow(() -> new PortalException(ResumptionError.NOT_FOUND));
    }

    private static void requireClerk(Viewer viewer) {
        if (!isClerk(viewer)) {
            throw new PortalException(ResumptionError.NOT_FOUND);
        }
    }

    private static String required(String text) {
        if (text == null || text.isBlank()) {
            throw new PortalException(ResumptionError.REASON_REQUIRED);
        }
        return text.strip();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
