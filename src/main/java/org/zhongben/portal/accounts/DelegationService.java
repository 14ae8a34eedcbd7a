package org.zhongben.portal.accounts;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.zhongben.portal.audit.AuditAction;
import org.zhongben.portal.audit.AuditLog;
import org.zhongben.portal.common.db.BlockingTransaction;
import org.zhongben.portal.common.error.PortalException;
import org.zhongben.portal.common.evidence.EvidenceInspector;
import org.zhongben.portal.common.evidence.EvidenceLimits;
import org.zhongben.portal.common.evidence.InspectedEvidence;
import org.zhongben.portal.common.i18n.Languages;
import org.zhongben.portal.common.outbox.Outbox;
import org.zhongben.portal.common.storage.BlobStore;
import org.zhongben.portal.common.storage.BlobTooLargeException;
import org.zhongben.portal.common.storage.StoredBlob;
import org.zhongben.portal.common.web.UrlPaths;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.pgclient.PgException;

/**
 * Lawyers acting for creditors. A verified lawyer asks for a case with a power of attorney and a clerk of the case's
 * court decides; a creditor can also authorise a verified lawyer directly, and revoke either at any time. Access
 * checks read the table on every request, so a revocation or an expiry takes effect on the next one. Blocking
 * methods (uploads, decisions) must run on a worker thread; {@link #delegatedParties} is reactive.
 */
@ApplicationScoped
public class DelegationService {

    static final Duration TIMEOUT = Duration.ofSeconds(30);
    static final long MAX_ATTORNEY_BYTES = 10L * 1024 * 1024;
    static final long MAX_VALIDITY_DAYS = 3 * 366;
    private static final String UNIQUE_VIOLATION = "23505";

    private static final String COLUMNS = """
            d.id, d.case_id, d.case_number, d.court_code, d.party_id, p.name AS creditor_name, d.lawyer_account_id,
            a.display_name AS lawyer_name, l.law_firm, l.licence_number, l.verified_at IS NOT NULL AS lawyer_verified,
            d.state, d.origin, d.expires_on, d.requested_at, d.decided_at, d.decision_note, d.revoked_at,
            d.attorney_file_name, d.attorney_sha256, d.attorney_blob_id, d.version
            FROM delegation d JOIN party p ON p.id = d.party_id JOIN account a ON a.id = d.lawyer_account_id
            JOIN lawyer_profile l ON l.account_id = d.lawyer_account_id""";

    private final Pool pool;
    private final BlobStore blobs;
    private final AuditLog audit;
    private final Clock clock;
    private final Outbox outbox;

    DelegationService(Pool pool, BlobStore blobs, AuditLog audit, Clock clock, Outbox outbox) {
        this.pool = pool;
        this.blobs = blobs;
        this.audit = audit;
        this.clock = clock;
        this.outbox = outbox;
    }

    /**
     * Tells the people concerned about a change of an authorisation, through the outbox in the same transaction:
     * {@code lawyer} (an account id) and/or the accounts of {@code party}.
     */
    private void tell(SqlClient connection, long delegationId, String change, long caseId, String caseNumber,
            Long lawyer, Long party, String zh, String en) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("delegationId", delegationId);
        payload.put(Outbox.SUMMARY, Outbox.summary(zh, en));
        if (lawyer != null) {
            payload.put(Outbox.NOTIFY_ACCOUNTS, List.of(lawyer));
        }
        if (party != null) {
            payload.put(Outbox.NOTIFY_PARTY, party);
            payload.put("path", "/cases/" + UrlPaths.segment(caseNumber) + "/lawyers");
        }
        outbox.append(connection, List.of(new Outbox.Event("delegation:" + delegationId + ":" + change, "delegation."
                + change, caseId, payload, LocalDate.now(clock)))).await().atMost(TIMEOUT);
    }

    /** The creditor parties a lawyer may act for today: active, not expired, licence checked. */
    public Uni<List<Long>> delegatedParties(long lawyerAccountId) {
        return pool.preparedQuery("""
                SELECT d.party_id FROM delegation d JOIN lawyer_profile l ON l.account_id = d.lawyer_account_id
                WHERE d.lawyer_account_id = $1 AND d.state = 'ACTIVE' AND d.expires_on >= $2
                  AND l.verified_at IS NOT NULL""")
                .execute(Tuple.of(lawyerAccountId, today())).map(rows -> {
                    List<Long> ids = new ArrayList<>(rows.size());
                    rows.forEach(row -> ids.add(row.getLong("party_id")));
                    return ids;
                });
    }

    /** The lawyer's licence and its check; empty for accounts that are not lawyers. */
    public Optional<LawyerStatus> lawyer(long accountId) {
        List<LawyerStatus> found = lawyers(pool, "l.account_id = $1", Tuple.of(accountId));
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** Licences no clerk has checked yet, oldest first. */
    public List<LawyerStatus> pendingLawyers(Viewer clerk) {
        requireClerk(clerk);
        return lawyers(pool, "l.verified_at IS NULL AND l.rejected_at IS NULL ORDER BY a.created_at LIMIT 200", Tuple.tuple());
    }

    /** A clerk records that the licence was checked (or why it was refused). */
    public void decideLicence(Viewer clerk, long lawyerAccountId, boolean verified, String note) {
        requireClerk(clerk);
        if (!verified && (note == null || note.isBlank())) {
            throw new PortalException(AccountsError.DELEGATION_STATE, "note");
        }
        BlockingTransaction.run(pool, connection -> {
            RowSet<Row> updated = connection.preparedQuery(verified
                    ? "UPDATE lawyer_profile SET verified_at = now(), verified_by = $2, rejected_at = NULL, rejection_note = NULL WHERE account_id = $1"
                    : "UPDATE lawyer_profile SET rejected_at = now(), rejection_note = $3, verified_at = NULL WHERE account_id = $1")
                    .execute(verified ? Tuple.of(lawyerAccountId, clerk.accountId())
                            : Tuple.of(lawyerAccountId, clerk.accountId(), note.strip()))
                    .await().atMost(TIMEOUT);
            if (updated.rowCount() == 0) {
                throw new PortalException(AccountsError.DELEGATION_NOT_FOUND);
            }
            audit.record(connection, clerk.toActor(), AuditAction.LAWYER_VERIFIED, null, "lawyer:" + lawyerAccountId,
                    Map.of("verified", verified)).await().atMost(TIMEOUT);
            return null;
        });
    }

    /**
     * A verified lawyer asks to act for a creditor of a case, with the power of attorney (a PDF). The case number and
     * the creditor's name as written on the power of attorney must match; a mismatch and an unknown case answer alike.
     */
    public long request(Viewer lawyer, String caseNumber, String creditorName, LocalDate expiresOn, Path attorney,
            String declaredName) throws IOException {
        requireVerifiedLawyer(lawyer);
        requireExpiry(expiresOn);
        InspectedEvidence inspected = EvidenceInspector.inspect(attorney, declaredName, null,
                EvidenceLimits.of(MAX_ATTORNEY_BYTES, 1));
        if (!inspected.accepted() || !"application/pdf".equals(inspected.contentType())) {
            throw new PortalException(AccountsError.POWER_OF_ATTORNEY_INVALID);
        }
        Row party = creditorParty(caseNumber, creditorName)
                .orElseThrow(() -> new PortalException(AccountsError.NO_MATCHING_CREDITOR));
        return BlockingTransaction.run(pool, connection -> {
            StoredBlob blob;
            try (InputStream in = Files.newInputStream(attorney)) {
                blob = blobs.write(connection, in, MAX_ATTORNEY_BYTES);
            } catch (BlobTooLargeException tooLarge) {
                throw new PortalException(AccountsError.POWER_OF_ATTORNEY_INVALID);
            }
            long id = insert(connection, party, lawyer.accountId(), DelegationState.REQUESTED, "POWER_OF_ATTORNEY",
                    expiresOn, blob.id(), inspected.fileName(), blob.sha256());
            audit.record(connection, lawyer.toActor(), AuditAction.DELEGATION_REQUESTED, party.getLong("case_id"),
                    "delegation:" + id, null).await().atMost(TIMEOUT);
            tell(connection, id, "requested", party.getLong("case_id"), party.getString("case_number"), null,
                    party.getLong("id"), "律师" + lawyer.displayName() + "申请代理您在本案中的执行事务,等待法院审核。",
                    "Lawyer " + lawyer.displayName()
                            + " asked to act for you in this case; the court will review the request.");
            return id;
        });
    }

    /** The creditor authorises a verified lawyer directly, identified by e-mail and licence number together. */
    public long grant(Viewer creditor, long caseId, long partyId, String lawyerEmail, String licenceNumber,
            LocalDate expiresOn) {
        requireExpiry(expiresOn);
        String licence = LicenceNumber.parse(licenceNumber)
                .orElseThrow(() -> new PortalException(AccountsError.LAWYER_NOT_FOUND));
        List<LawyerStatus> found = lawyers(pool, "lower(a.email) = lower($1) AND l.licence_number = $2",
                Tuple.of(lawyerEmail == null ? "" : lawyerEmail.strip(), licence));
        LawyerStatus lawyer = found.stream().filter(LawyerStatus::verified).findFirst()
                .orElseThrow(() -> new PortalException(AccountsError.LAWYER_NOT_FOUND));
        Row party = pool.preparedQuery("""
                SELECT p.id, p.case_id, c.case_number, ct.code AS court_code FROM party p
                JOIN enforcement_case c ON c.id = p.case_id JOIN court ct ON ct.id = c.court_id
                WHERE p.id = $1 AND p.case_id = $2 AND p.role = 'CREDITOR'""").execute(Tuple.of(partyId, caseId))
                .await().atMost(TIMEOUT).iterator().next();
        return BlockingTransaction.run(pool, connection -> {
            long id = insert(connection, party, lawyer.accountId(), DelegationState.ACTIVE, "GRANTED_BY_CREDITOR",
                    expiresOn, null, null, null);
            audit.record(connection, creditor.toActor(), AuditAction.DELEGATION_GRANTED, caseId, "delegation:" + id,
                    Map.of("lawyer", lawyer.name())).await().atMost(TIMEOUT);
            tell(connection, id, "granted", caseId, party.getString("case_number"), lawyer.accountId(), null,
                    "申请执行人授权您代理本案,有效期至" + Languages.formatDate(expiresOn, Languages.ZH) + "。",
                    "The creditor authorised you to act in this case until " + Languages.formatDate(expiresOn, Languages.EN)
                            + ".");
            return id;
        });
    }

    /** The creditor ends a pending or active authorisation of its own party; effective on the lawyer's next request. */
    public void revoke(Viewer creditor, long partyId, long delegationId) {
        BlockingTransaction.run(pool, connection -> {
            RowSet<Row> rows = connection.preparedQuery("""
                    UPDATE delegation SET state = 'REVOKED', revoked_at = now(), revoked_by = $3, version = version + 1
                    WHERE id = $1 AND party_id = $2 AND state IN ('REQUESTED', 'ACTIVE')
                    RETURNING case_id, case_number, lawyer_account_id""")
                    .execute(Tuple.of(delegationId, partyId, creditor.toActor().id())).await().atMost(TIMEOUT);
            if (rows.rowCount() == 0) {
                throw new PortalException(AccountsError.DELEGATION_NOT_FOUND);
            }
            Row revoked = rows.iterator().next();
            audit.record(connection, creditor.toActor(), AuditAction.DELEGATION_REVOKED, revoked.getLong("case_id"),
                    "delegation:" + delegationId, null).await().atMost(TIMEOUT);
            tell(connection, delegationId, "revoked", revoked.getLong("case_id"), revoked.getString("case_number"),
                    revoked.getLong("lawyer_account_id"), null, "申请执行人撤销了您在本案中的代理授权。",
                    "The creditor revoked your authorisation to act in this case.");
            return null;
        });
    }

    /** A clerk of the case's court approves a request (the expiry may be shortened) or rejects it with a reason. */
    public void decide(Viewer clerk, long delegationId, long version, boolean approve, LocalDate expiresOn, String note) {
        // whose request it is comes first: another court's clerk learns nothing from the validation below
        Delegation delegation = ofCourt(clerk, delegationId);
        if (!approve && (note == null || note.isBlank())) {
            throw new PortalException(AccountsError.DELEGATION_STATE, "note");
        }
        if (approve && expiresOn != null) {
            requireExpiry(expiresOn);
        }
        BlockingTransaction.run(pool, connection -> {
            RowSet<Row> rows = connection.preparedQuery("""
                    UPDATE delegation SET state = $3, decided_at = now(), decided_by = $4, decision_note = $5,
                           expires_on = coalesce($6, expires_on), version = version + 1
                    WHERE id = $1 AND version = $2 AND state = 'REQUESTED'""")
                    .execute(Tuple.tuple(List.of(delegationId, version,
                            (approve ? DelegationState.ACTIVE : DelegationState.REJECTED).name(), clerk.accountId())).addValue(
                                    note == null || note.isBlank() ? null : note.strip())
                            .addValue(approve ? expiresOn : null))
                    .await().atMost(TIMEOUT);
            if (rows.rowCount() == 0) {
                throw new PortalException(AccountsError.DELEGATION_STATE);
            }
            audit.record(connection, clerk.toActor(),
                    approve ? AuditAction.DELEGATION_APPROVED : AuditAction.DELEGATION_REJECTED, delegation.caseId(),
                    "delegation:" + delegationId, null).await().atMost(TIMEOUT);
            tell(connection, delegationId, approve ? "approved" : "rejected", delegation.caseId(), delegation.caseNumber(),
                    delegation.lawyerAccountId(), delegation.partyId(),
                    approve ? "法院批准了律师" + delegation.lawyerName() + "代理本案的申请。"
                            : "法院驳回了律师" + delegation.lawyerName() + "代理本案的申请。",
                    approve ? "The court approved lawyer " + delegation.lawyerName() + "'s request to act in this case."
                            : "The court rejected lawyer " + delegation.lawyerName() + "'s request to act in this case.");
            return null;
        });
    }

    /** A creditor party's authorisations, newest first. */
    public List<Delegation> forParty(long partyId) {
        return delegations(pool, "d.party_id = $1 ORDER BY d.id DESC", Tuple.of(partyId));
    }

    /** A lawyer's own authorisations, newest first. */
    public List<Delegation> forLawyer(long lawyerAccountId) {
        return delegations(pool, "d.lawyer_account_id = $1 ORDER BY d.id DESC", Tuple.of(lawyerAccountId));
    }

    /** Requests waiting for the clerk's court, oldest first. */
    public List<Delegation> pendingRequests(Viewer clerk) {
        requireClerk(clerk);
        return delegations(pool, "d.court_code = $1 AND d.state = 'REQUESTED' ORDER BY d.requested_at LIMIT 200",
                Tuple.of(clerk.courtCode()));
    }

    /** A delegation of the clerk's court, or "not found". */
    public Delegation ofCourt(Viewer clerk, long delegationId) {
        requireClerk(clerk);
        return delegations(pool, "d.id = $1 AND d.court_code = $2", Tuple.of(delegationId, clerk.courtCode())).stream()
                .findFirst().orElseThrow(() -> new PortalException(AccountsError.DELEGATION_NOT_FOUND));
    }

    /** The stored power of attorney, streamed. */
    public Multi<byte[]> attorney(Delegation delegation) {
        if (delegation.attorneyBlobId() == null) {
            throw new PortalException(AccountsError.DELEGATION_NOT_FOUND);
        }
        return blobs.stream(delegation.attorneyBlobId());
    }

    // ------------------------------------------------------------------------------------------------------------

    private long insert(SqlClient connection, Row party, long lawyerAccountId, DelegationState state, String origin,
            LocalDate expiresOn, Long blobId, String fileName, String sha256) {
        try {
            return connection.preparedQuery("""
                    INSERT INTO delegation (case_id, court_code, case_number, party_id, lawyer_account_id, state, origin,
                                            attorney_blob_id, attorney_file_name, attorney_sha256, expires_on)
                    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id""")
                    .execute(Tuple.tuple(List.of(party.getLong("case_id"), party.getString("court_code"),
                            party.getString("case_number"), party.getLong("id"), lawyerAccountId, state.name(), origin))
                            .addValue(blobId).addValue(fileName).addValue(sha256).addValue(expiresOn))
                    .await().atMost(TIMEOUT).iterator().next().getLong("id");
        } catch (PgException failure) {
            if (UNIQUE_VIOLATION.equals(failure.getSqlState())) {
                throw new PortalException(AccountsError.ALREADY_DELEGATED);
            }
            throw failure;
        }
    }

    private Optional<Row> creditorParty(String caseNumber, String creditorName) {
        if (caseNumber == null || creditorName == null || creditorName.isBlank()) {
            return Optional.empty();
        }
        RowSet<Row> rows = pool.preparedQuery("""
                SELECT p.id, p.case_id, c.case_number, ct.code AS court_code FROM enforcement_case c
                JOIN court ct ON ct.id = c.court_id JOIN party p ON p.case_id = c.id
                WHERE c.case_number = $1 AND p.role = 'CREDITOR' AND p.name = $2 LIMIT 1""")
                .execute(Tuple.of(caseNumber.strip(), creditorName.strip())).await().atMost(TIMEOUT);
        return rows.rowCount() == 0 ? Optional.empty() : Optional.of(rows.iterator().next());
    }

    private List<Delegation> delegations(SqlClient client, String where, Tuple parameters) {
        LocalDate today = today();
        List<Delegation> found = new ArrayList<>();
        for (Row row : client.preparedQuery("SELECT " + COLUMNS + " WHERE " + where).execute(parameters).await()
                .atMost(TIMEOUT)) {
            LocalDate expires = row.getLocalDate("expires_on");
            found.add(new Delegation(row.getLong("id"), row.getLong("case_id"), row.getString("case_number"),
                    row.getString("court_code"), row.getLong("party_id"), row.getString("creditor_name"),
                    row.getLong("lawyer_account_id"), row.getString("lawyer_name"), row.getString("law_firm"),
                    row.getString("licence_number"), row.getBoolean("lawyer_verified"),
                    DelegationState.valueOf(row.getString("state")), row.getString("origin"), expires,
                    expires.isBefore(today), row.getOffsetDateTime("requested_at"), row.getOffsetDateTime("decided_at"),
                    row.getString("decision_note"), row.getOffsetDateTime("revoked_at"),
                    row.getString("attorney_file_name"), row.getString("attorney_sha256"),
                    row.getLong("attorney_blob_id"), row.getLong("version")));
        }
        return found;
    }

    private static List<LawyerStatus> lawyers(SqlClient client, String where, Tuple parameters) {
        List<LawyerStatus> found = new ArrayList<>();
        for (Row row : client.preparedQuery("""
                SELECT l.account_id, a.display_name, a.email, l.law_firm, l.licence_number, l.verified_at, l.rejected_at,
                       l.rejection_note, a.created_at
                FROM lawyer_profile l JOIN account a ON a.id = l.account_id""" + " WHERE " + where)
                .execute(parameters).await().atMost(TIMEOUT)) {
            found.add(new LawyerStatus(row.getLong("account_id"), row.getString("display_name"), row.getString("email"),
                    row.getString("law_firm"), row.getString("licence_number"), row.getOffsetDateTime("verified_at"),
                    row.getOffsetDateTime("rejected_at"), row.getString("rejection_note"),
                    row.getOffsetDateTime("created_at")));
        }
        return found;
    }

    private void requireVerifiedLawyer(Viewer viewer) {
        if (viewer.kind() != Viewer.Kind.ACCOUNT || !viewer.hasRole(Roles.LAWYER)) {
            throw new PortalException(AccountsError.DELEGATION_NOT_FOUND);
        }
        if (lawyer(viewer.accountId()).filter(LawyerStatus::verified).isEmpty()) {
            throw new PortalException(AccountsError.LAWYER_NOT_VERIFIED);
        }
    }

    private void requireExpiry(LocalDate expiresOn) {
        LocalDate today = today();
        if (expiresOn == null || !expiresOn.isAfter(today) || expiresOn.isAfter(today.plusDays(MAX_VALIDITY_DAYS))) {
            throw new PortalException(AccountsError.EXPIRY_INVALID);
        }
    }

    private static void requireClerk(Viewer viewer) {
        if (viewer.kind() != Viewer.Kind.ACCOUNT || !viewer.hasRole(Roles.CLERK) || viewer.courtCode() == null) {
            throw new PortalException(AccountsError.DELEGATION_NOT_FOUND);
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
