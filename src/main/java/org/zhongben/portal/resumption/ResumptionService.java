package org.zhongben.portal.resumption;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.zhongben.portal.accounts.Viewer;
import org.zhongben.portal.audit.AuditAction;
import org.zhongben.portal.audit.AuditLog;
import org.zhongben.portal.casefile.CaseFile;
import org.zhongben.portal.casefile.CaseFileStore;
import org.zhongben.portal.casefile.StoredCaseFile;
import org.zhongben.portal.casefile.vocabulary.PartyRole;
import org.zhongben.portal.cases.CaseAccessService.CaseAccess;
import org.zhongben.portal.cases.CaseStatus;
import org.zhongben.portal.common.db.BlockingTransaction;
import org.zhongben.portal.common.error.FieldError;
import org.zhongben.portal.common.error.PortalException;
import org.zhongben.portal.common.evidence.EvidenceInspector;
import org.zhongben.portal.common.evidence.EvidenceLimits;
import org.zhongben.portal.common.evidence.InspectedEvidence;
import org.zhongben.portal.common.outbox.Outbox;
import org.zhongben.portal.common.storage.BlobStore;
import org.zhongben.portal.common.storage.BlobTooLargeException;
import org.zhongben.portal.common.storage.StoredBlob;
import org.zhongben.portal.common.web.UrlPaths;
import org.zhongben.portal.followup.FollowUpService;
import org.zhongben.portal.followup.ItemKind;
import org.zhongben.portal.investigations.Label;
import org.zhongben.portal.resumption.ResumptionStore.Application;
import org.zhongben.portal.resumption.clue.Clue;
import org.zhongben.portal.resumption.clue.ClueType;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * The creditor's side of resumption applications: put clues and evidence together, submit once however often the
 * request arrives, withdraw, answer a request for materials. Every change runs in one transaction that holds the
 * case's lock, so concurrent submissions queue and one open application per case is kept. Blocking: call it from a
 * worker thread.
 */
@ApplicationScoped
public class ResumptionService {

    private final Pool pool;
    private final ResumptionStore store;
    private final CaseFileStore files;
    private final BlobStore blobs;
    private final AuditLog audit;
    private final Outbox outbox;
    private final FollowUpService followUps;
    private final ResumptionConfig config;
    private final Clock clock;

    ResumptionService(Pool pool, ResumptionStore store, CaseFileStore files, BlobStore blobs, AuditLog audit,
            Outbox outbox, FollowUpService followUps, ResumptionConfig config, Clock clock) {
        this.pool = pool;
        this.store = store;
        this.files = files;
        this.blobs = blobs;
        this.audit = audit;
        this.outbox = outbox;
        this.followUps = followUps;
        this.config = config;
        this.clock = clock;
    }

    /** An evidence file as the web layer received it (a temporary file on disk). */
    public record Upload(Path file, String declaredName, String declaredType) {
    }

    /** What one request asks for; the API sends everything at once, the pages one part at a time. */
    public record Submission(String key, List<Clue> clues, List<Upload> evidence, boolean submit, boolean declared,
            boolean urgent, String urgentReason, Locale locale) {

        public Submission {
            clues = List.copyOf(clues);
            evidence = List.copyOf(evidence);
        }
    }

    /** The application a request ended in, and whether this request created it or only replayed an earlier one. */
    public record Outcome(long applicationId, boolean created, boolean replayed) {
    }

    /**
     * Applies a submission to the case's open application, creating a draft when there is none. A key seen before
     * returns the application it produced, without doing anything again.
     */
    public Outcome apply(CaseAccess access, Submission submission) throws IOException {
        requireCreditor(access);
        StoredCaseFile stored = files.readMasked(access.caseId(), access.caseVersion()).await()
                .atMost(ResumptionStore.TIMEOUT).orElseThrow(() -> new PortalException(ResumptionError.NOT_FOUND));
        requireTerminated(stored);
        if (submission.submit()) {
            checkSubmittable(submission);
        }
        List<Inspected> evidence = inspect(submission.evidence(), submission.locale());
        String key = access.partyId() + ":" + submission.key();
        return BlockingTransaction.run(pool, connection -> {
            store.lockCase(connection, access.caseId());
            Optional<Long> earlier = store.submission(connection, key);
            if (earlier.isPresent()) {
                return new Outcome(earlier.get(), false, true);
            }
            Optional<Application> open = store.openApplication(connection, access.caseId());
            boolean created = open.isEmpty();
            long id = open.map(Application::id).orElseGet(() -> store.insertApplication(connection, access.caseId(),
                    stored.file().courtCode(), stored.file().caseNumber(), access.partyId(), access.viewer().accountId(),
                    applicantName(stored, access.partyId())));
            Application application = store.application(connection, id, true).orElseThrow();
            if (!application.state().open()) {
                throw new PortalException(ResumptionError.TRANSITION_NOT_ALLOWED);
            }
            if (!submission.clues().isEmpty()) {
                addClues(connection, access, application, submission.clues());
            }
            if (!evidence.isEmpty()) {
                addEvidence(connection, access, application, evidence);
            }
            if (submission.submit()) {
                application = store.application(connection, id, true).orElseThrow();
                submit(connection, access, application, submission);
            }
            store.recordSubmission(connection, key, id);
            return new Outcome(id, created, false);
        });
    }

    private void addClues(SqlConnection connection, CaseAccess access, Application application, List<Clue> clues) {
        requireAllowed(ResumptionAction.CLUES_ADDED, application.state());
        if (store.clueCount(connection, application.id()) + clues.size() > config.maxClues()) {
            throw new PortalException(ResumptionError.TOO_MANY_CLUES);
        }
        for (Clue clue : clues) {
            Long duplicateOf = store.clueWithFingerprint(connection, access.caseId(), clue.fingerprint())
                    .map(ResumptionStore.ClueRow::id).orElse(null);
            store.insertClue(connection, application.id(), access.caseId(), clue.type().name(), clue.values(),
                    clue.fingerprint(), duplicateOf);
        }
        event(connection, access.viewer(), application, ResumptionAction.CLUES_ADDED, application.state(), null);
    }

    private record Inspected(Upload upload, InspectedEvidence result) {
    }

    /** Checks every file before anything is locked or written; one refused file refuses the request. */
    private List<Inspected> inspect(List<Upload> uploads, Locale locale) throws IOException {
        EvidenceLimits limits = limits();
        List<Inspected> inspected = new java.util.ArrayList<>();
        List<FieldError> problems = new java.util.ArrayList<>();
        for (Upload upload : uploads) {
            InspectedEvidence result = EvidenceInspector.inspect(upload.file(), upload.declaredName(),
                    upload.declaredType(), limits);
            result.problems().forEach(problem -> problems
                    .add(new FieldError(result.fileName(), problem.code(), problem.label(locale))));
            inspected.add(new Inspected(upload, result));
        }
        if (!problems.isEmpty()) {
            throw PortalException.invalid(ResumptionError.EVIDENCE_REJECTED, problems);
        }
        return inspected;
    }

    private void addEvidence(SqlConnection connection, CaseAccess access, Application application,
            List<Inspected> uploads) throws IOException {
        requireAllowed(ResumptionAction.EVIDENCE_ADDED, application.state());
        if (store.evidenceCount(connection, application.id()) + uploads.size() > config.maxFiles()) {
            throw new PortalException(ResumptionError.TOO_MANY_FILES);
        }
        long total = store.evidenceBytes(connection, application.id());
        for (Inspected upload : uploads) {
            total += upload.result().size();
            if (total > config.maxApplicationSize().asLongValue()) {
                throw new PortalException(ResumptionError.EVIDENCE_TOO_LARGE);
            }
            StoredBlob blob;
            try (InputStream in = Files.newInputStream(upload.upload().file())) {
                blob = blobs.write(connection, in, config.maxFileSize().asLongValue());
            } catch (BlobTooLargeException tooLarge) {
                throw new PortalException(ResumptionError.EVIDENCE_TOO_LARGE);
            }
            store.insertEvidence(connection, application.id(), blob.id(), upload.result().fileName(),
                    upload.result().contentType(), blob.size(), blob.sha256());
        }
        event(connection, access.viewer(), application, ResumptionAction.EVIDENCE_ADDED, application.state(),
                String.join(", ", uploads.stream().map(upload -> upload.result().fileName()).toList()));
    }

    private void submit(SqlConnection connection, CaseAccess access, Application application, Submission submission) {
        if (application.state() != ResumptionState.DRAFT) {
            return; // already with the court: the new clues and evidence joined it
        }
        if (store.clueCount(connection, application.id()) == 0) {
            throw new PortalException(ResumptionError.NO_CLUES);
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate due = today.plusDays(submission.urgent() ? config.urgentVerificationDays() : config.verificationDays());
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("urgent", submission.urgent());
        changes.put("urgent_reason", submission.urgent() ? submission.urgentReason().strip() : null);
        changes.put("declared_at", java.time.OffsetDateTime.now(clock));
        changes.put("submitted_at", java.time.OffsetDateTime.now(clock));
        changes.put("verify_due_on", due);
        transition(connection, access.viewer(), application, ResumptionAction.SUBMITTED, changes,
                submission.urgent() ? submission.urgentReason().strip() : null);
        followUps.schedule(connection, application.caseId(), ItemKind.RESUMPTION_VERIFICATION,
                String.valueOf(application.id()), due).await().atMost(ResumptionStore.TIMEOUT);
        audit.record(connection, access.viewer().toActor(), AuditAction.RESUMPTION_SUBMITTED, access.caseId(),
                "application:" + application.id(), Map.of("urgent", submission.urgent()))
                .await().atMost(ResumptionStore.TIMEOUT);
    }

    /** The creditor withdraws a draft or an application still with the court. */
    public void withdraw(CaseAccess access, long applicationId, long version, String message) {
        requireCreditor(access);
        BlockingTransaction.run(pool, connection -> {
            Application application = ownApplication(connection, access, applicationId, version);
            transition(connection, access.viewer(), application, ResumptionAction.WITHDRAWN, Map.of(), message);
            followUps.cancel(connection, application.caseId(), ItemKind.RESUMPTION_VERIFICATION,
                    String.valueOf(application.id())).await().atMost(ResumptionStore.TIMEOUT);
            return null;
        });
    }

    /**
     * The creditor answers a request for materials (new clues and evidence join the application through
     * {@link #apply} first); the application goes back to the court and the verification clock starts again.
     */
    public void answerMaterials(CaseAccess access, long applicationId, long version, String message) {
        requireCreditor(access);
        if (message == null || message.isBlank()) {
            throw new PortalException(ResumptionError.REASON_REQUIRED);
        }
        BlockingTransaction.run(pool, connection -> {
            Application application = ownApplication(connection, access, applicationId, version);
            LocalDate today = LocalDate.now(clock);
            LocalDate due = today.plusDays(clockDays(application));
            Map<String, Object> changes = new LinkedHashMap<>();
            changes.put("materials_request", null);
            changes.put("verify_due_on", due);
            transition(connection, access.viewer(), application, ResumptionAction.MATERIALS_PROVIDED, changes,
                    message.strip());
            followUps.schedule(connection, application.caseId(), ItemKind.RESUMPTION_VERIFICATION,
                    String.valueOf(application.id()), due).await().atMost(ResumptionStore.TIMEOUT);
            return null;
        });
    }

    /** The applications of the case, newest first; drafts only to the creditor who can still send them. */
    public List<ResumptionSummary> applications(CaseAccess access, Locale locale) {
        return store.applicationsOfCase(pool, access.caseId()).stream()
                .filter(application -> application.state() != ResumptionState.DRAFT || access.creditor())
                .map(application -> ResumptionSummary.of(application, locale)).toList();
    }

    /** One application of the viewer's case with everything the page shows. */
    public ResumptionView view(CaseAccess access, long applicationId, Locale locale) {
        Application application = store.application(pool, applicationId, false)
                .filter(found -> found.caseId() == access.caseId())
                .filter(found -> found.state() != ResumptionState.DRAFT || access.creditor())
                .orElseThrow(() -> new PortalException(ResumptionError.NOT_FOUND));
        return ResumptionViews.of(application, store.clues(pool, applicationId), store.evidence(pool, applicationId),
                store.events(pool, applicationId), LocalDate.now(clock), locale,
                "/cases/" + UrlPaths.segment(access.caseNumber()) + "/resumption/" + applicationId,
                clockDays(application));
    }

    /** The editor's data: the case as the application cites it and the open application, if any. */
    public ResumptionEditor editor(CaseAccess access, Locale locale) {
        requireCreditor(access);
        StoredCaseFile stored = files.readMasked(access.caseId(), access.caseVersion()).await()
                .atMost(ResumptionStore.TIMEOUT).orElseThrow(() -> new PortalException(ResumptionError.NOT_FOUND));
        requireTerminated(stored);
        CaseFile file = stored.file();
        ResumptionView open = store.applicationsOfCase(pool, access.caseId()).stream()
                .filter(found -> found.state().open()).findFirst().map(found -> view(access, found.id(), locale))
                .orElse(null);
        List<String> debtors = file.parties().stream().filter(party -> party.role() == PartyRole.DEBTOR)
                .map(CaseFile.Party::name).toList();
        CaseFile.Basis basis = file.basis();
        return new ResumptionEditor(file.caseNumber(), file.courtName(), applicantName(stored, access.partyId()),
                debtors, basis == null ? null : Label.of(basis.type(), locale),
                basis == null ? null : basis.issuingBody(), basis == null ? null : basis.documentNumber(),
                file.ruling() == null ? null : file.ruling().number(),
                file.ruling() == null ? null : file.ruling().ruledOn(), file.unperformedAmount(), open,
                Label.all(List.of(ClueType.values()), locale), config.maxFileSize().asLongValue(),
                config.maxApplicationSize().asLongValue(), config.maxFiles(), config.verificationDays(),
                config.urgentVerificationDays());
    }

    /** The verification period that applies to the application: shorter when urgent control was asked for. */
    int clockDays(Application application) {
        return application.urgent() ? config.urgentVerificationDays() : config.verificationDays();
    }

    /** Streams one evidence file of an application of the viewer's case. */
    public EvidenceFile evidence(CaseAccess access, long applicationId, long evidenceId) {
        Application application = store.application(pool, applicationId, false)
                .filter(found -> found.caseId() == access.caseId())
                .orElseThrow(() -> new PortalException(ResumptionError.NOT_FOUND));
        return evidenceFile(application, evidenceId, access.viewer());
    }

    /** A stored evidence file and how to stream it. */
    public record EvidenceFile(String fileName, String contentType, long size, String sha256, long blobId) {
    }

    EvidenceFile evidenceFile(Application application, long evidenceId, Viewer viewer) {
        ResumptionStore.EvidenceRow row = store.evidence(pool, application.id()).stream()
                .filter(found -> found.id() == evidenceId).findFirst()
                .orElseThrow(() -> new PortalException(ResumptionError.NOT_FOUND));
        audit.record(viewer.toActor(), AuditAction.DOCUMENT_DOWNLOADED, application.caseId(),
                "resumption-evidence:" + evidenceId).await().atMost(ResumptionStore.TIMEOUT);
        return new EvidenceFile(row.fileName(), row.contentType(), row.size(), row.sha256(), row.blobId());
    }

    /** The bytes of a stored evidence file, streamed without blocking. */
    public io.smallrye.mutiny.Multi<byte[]> content(EvidenceFile file) {
        return blobs.stream(file.blobId());
    }

    EvidenceLimits limits() {
        return EvidenceLimits.of(config.maxFileSize().asLongValue(), config.maxImagePixels());
    }

    // ---------------------------------------------------------------- shared with the clerk's side

    /** Applies a state-machine action, refusing it from a state that does not allow it or after a concurrent change. */
    Application transition(SqlConnection connection, Viewer viewer, Application application, ResumptionAction action,
            Map<String, Object> changes, String message) {
        requireAllowed(action, application.state());
        ResumptionState next = action.next(application.state());
        Map<String, Object> all = new LinkedHashMap<>(changes);
        if (next == ResumptionState.ACCEPTED || next == ResumptionState.REJECTED) {
            all.putIfAbsent("decided_at", java.time.OffsetDateTime.now(clock));
        }
        if (!store.update(connection, application, next, all)) {
            throw new PortalException(ResumptionError.CHANGED_MEANWHILE);
        }
        event(connection, viewer, application, action, next, message);
        return store.application(connection, application.id(), false).orElseThrow();
    }

    /** Records an event in the application's timeline and the outbox. */
    void event(SqlConnection connection, Viewer viewer, Application application, ResumptionAction action,
            ResumptionState to, String message) {
        store.insertEvent(connection, application.id(), viewer == null ? "court-system" : viewer.role(),
                viewer == null ? null : viewer.toActor().label(), action, application.state(), to, message);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("applicationId", application.id());
        payload.put("action", action.name());
        payload.put("state", to.name());
        payload.put("actorRole", viewer == null ? "court-system" : viewer.role());
        payload.put(Outbox.SUMMARY, summary(application.id(), action, to));
        if (to == application.state() && action != ResumptionAction.MATERIALS_REQUESTED) {
            payload.put(Outbox.NOTIFY_ACCOUNTS, List.of()); // the court's signal only: nothing to tell the creditor
        }
        outbox.append(connection, List.of(new Outbox.Event("resumption:" + application.id() + ":" + action + ":"
                + java.util.UUID.randomUUID(), "resumption." + action.name().toLowerCase(Locale.ROOT),
                application.caseId(), payload, LocalDate.now(clock)))).await().atMost(ResumptionStore.TIMEOUT);
    }

    /** What the creditor is told: who did what to the application, and where it stands now. */
    static Map<String, String> summary(long applicationId, ResumptionAction action, ResumptionState to) {
        String zhActor = switch (action.actor()) {
            case CLERK -> "法院";
            case CREDITOR -> "申请人";
            case COURT_SYSTEM -> "";
        };
        String enActor = switch (action.actor()) {
            case CLERK -> "the court ";
            case CREDITOR -> "the applicant ";
            case COURT_SYSTEM -> "";
        };
        return Outbox.summary("恢复执行申请(编号 " + applicationId + "):" + zhActor + action.zh() + ";当前状态:" + to.zh() + "。",
                "Resumption application " + applicationId + ": " + enActor + action.en() + "; it is now: " + to.en() + ".");
    }

    static void requireAllowed(ResumptionAction action, ResumptionState state) {
        if (!action.allowedFrom(state)) {
            throw new PortalException(ResumptionError.TRANSITION_NOT_ALLOWED,
                    action.name() + " is not allowed in state " + state.name());
        }
    }

    private Application ownApplication(SqlConnection connection, CaseAccess access, long applicationId, long version) {
        store.lockCase(connection, access.caseId());
        Application application = store.application(connection, applicationId, true)
                .filter(found -> found.caseId() == access.caseId())
                .orElseThrow(() -> new PortalException(ResumptionError.NOT_FOUND));
        if (application.version() != version) {
            throw new PortalException(ResumptionError.CHANGED_MEANWHILE);
        }
        return application;
    }

    private static void requireCreditor(CaseAccess access) {
        if (!access.creditor()) {
            throw new PortalException(ResumptionError.NOT_FOUND);
        }
    }

    /** Only a case closed by 终本 and not yet resumed or finally closed can be resumed. */
    private void requireTerminated(StoredCaseFile stored) {
        CaseStatus status = CaseStatus.of(stored, LocalDate.now(clock));
        if (status != CaseStatus.CLOSED_ZHONGBEN && status != CaseStatus.CLOSED_ZHONGBEN_FOLLOWUP_ENDED) {
            throw new PortalException(ResumptionError.CASE_NOT_TERMINATED);
        }
    }

    private static void checkSubmittable(Submission submission) {
        if (!submission.declared()) {
            throw new PortalException(ResumptionError.DECLARATION_REQUIRED);
        }
        if (submission.urgent() && (submission.urgentReason() == null || submission.urgentReason().isBlank())) {
            throw new PortalException(ResumptionError.URGENT_REASON_REQUIRED);
        }
    }

    private static String applicantName(StoredCaseFile stored, long partyId) {
        String externalId = stored.party(partyId).map(StoredCaseFile.StoredParty::externalId).orElse(null);
        return stored.file().parties().stream().filter(party -> party.id().equals(externalId)).map(CaseFile.Party::name)
                .findFirst().orElse("?");
    }
}
