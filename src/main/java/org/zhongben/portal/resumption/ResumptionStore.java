package org.zhongben.portal.resumption;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.zhongben.portal.casefile.vocabulary.ClueResult;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The resumption tables, read and written through the caller's connection (a transaction driven from a worker
 * thread). The only code that touches them.
 */
@ApplicationScoped
class ResumptionStore {

    static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final TypeReference<LinkedHashMap<String, String>> FIELDS = new TypeReference<>() {
    };

    private final ObjectMapper json;

    ResumptionStore(ObjectMapper json) {
        this.json = json;
    }

    record Application(long id, long caseId, String courtCode, String caseNumber, long applicantPartyId,
            Long applicantAccountId,
            String applicantName, ResumptionState state, boolean urgent, String urgentReason, OffsetDateTime declaredAt,
            OffsetDateTime submittedAt, LocalDate verifyDueOn, OffsetDateTime verifiedAt, String materialsRequest,
            OffsetDateTime decidedAt, RejectionReason rejectionReason, String decisionNote, String childCaseNumber,
            Long childCaseId, long version, OffsetDateTime createdAt) {
    }

    record ClueRow(long id, long applicationId, String type, Map<String, String> fields, String fingerprint,
            Long duplicateOf, OffsetDateTime duplicateAddedAt, OffsetDateTime addedAt, ClueResult verification,
            OffsetDateTime verifiedAt, String verificationNote) {
    }

    record EvidenceRow(long id, long applicationId, long blobId, String fileName, String contentType, long size,
            String sha256, OffsetDateTime uploadedAt) {
    }

    record EventRow(long id, OffsetDateTime at, String actorRole, String actorLabel, ResumptionAction action,
            ResumptionState from, ResumptionState to, String message) {
    }

    private static final String APPLICATION_COLUMNS = """
            id, case_id, court_code, case_number, applicant_party_id, applicant_account_id, applicant_name, state, urgent,
            urgent_reason, declared_at, submitted_at, verify_due_on, verified_at, materials_request, decided_at,
            rejection_reason, decision_note, child_case_number, child_case_id, version, created_at""";

    /** Serialises every change to one case's applications: concurrent submissions queue instead of racing. */
    void lockCase(SqlClient client, long caseId) {
        client.preparedQuery("SELECT pg_advisory_xact_lock(7301, $1::int)")
                .execute(Tuple.of((int) (caseId % Integer.MAX_VALUE)))
                .await().atMost(TIMEOUT);
    }

    Optional<Long> submission(SqlClient client, String key) {
        RowSet<Row> rows = client.preparedQuery("SELECT application_id FROM resumption_submission WHERE idempotency_key = $1")
                .execute(Tuple.of(key)).await().atMost(TIMEOUT);
        return rows.size() == 0 ? Optional.empty() : Optional.of(rows.iterator().next().getLong(0));
    }

    void recordSubmission(SqlClient client, String key, long applicationId) {
        client.preparedQuery("INSERT INTO resumption_submission (idempotency_key, application_id) VALUES ($1, $2)")
                .execute(Tuple.of(key, applicationId)).await().atMost(TIMEOUT);
    }

    /** The open application (draft or with the court) of a case, locked for update. */
    Optional<Application> openApplication(SqlClient client, long caseId) {
        return first(client.preparedQuery("SELECT " + APPLICATION_COLUMNS + """
                 FROM resumption_application
                WHERE case_id = $1 AND state IN ('DRAFT', 'SUBMITTED', 'MATERIALS_INCOMPLETE', 'UNDER_VERIFICATION',
                                                 'URGENT_CONTROL_TAKEN')
                FOR UPDATE""").execute(Tuple.of(caseId)).await().atMost(TIMEOUT));
    }

    Optional<Application> application(SqlClient client, long id, boolean forUpdate) {
        return first(client.preparedQuery("SELECT " + APPLICATION_COLUMNS + " FROM resumption_application WHERE id = $1"
                + (forUpdate ? " FOR UPDATE" : "")).execute(Tuple.of(id)).await().atMost(TIMEOUT));
    }

    List<Application> applicationsOfCase(SqlClient client, long caseId) {
        return all(client.preparedQuery("SELECT " + APPLICATION_COLUMNS
                + " FROM resumption_application WHERE case_id = $1 ORDER BY id DESC").execute(Tuple.of(caseId))
                .await().atMost(TIMEOUT));
    }

    /** A court's applications still with it, the longest-waiting first by due date. */
    List<Application> queue(SqlClient client, String courtCode, int limit) {
        return all(client.preparedQuery("SELECT " + APPLICATION_COLUMNS + """
                 FROM resumption_application
                WHERE court_code = $1 AND state IN ('SUBMITTED', 'MATERIALS_INCOMPLETE', 'UNDER_VERIFICATION',
                                                    'URGENT_CONTROL_TAKEN')
                ORDER BY verify_due_on NULLS LAST, id LIMIT $2""").execute(Tuple.of(courtCode, limit))
                .await().atMost(TIMEOUT));
    }

    /** A court's recently decided or withdrawn applications. */
    List<Application> recentlyClosed(SqlClient client, String courtCode, int limit) {
        return all(client.preparedQuery("SELECT " + APPLICATION_COLUMNS + """
                 FROM resumption_application
                WHERE court_code = $1 AND state IN ('ACCEPTED', 'REJECTED', 'WITHDRAWN')
                ORDER BY updated_at DESC LIMIT $2""").execute(Tuple.of(courtCode, limit)).await().atMost(TIMEOUT));
    }

    long insertApplication(SqlClient client, long caseId, String courtCode, String caseNumber, long partyId,
            Long accountId, String applicantName) {
        return client.preparedQuery("""
                INSERT INTO resumption_application (case_id, court_code, case_number, applicant_party_id,
                                                    applicant_account_id, applicant_name, state)
                VALUES ($1, $2, $3, $4, $5, $6, 'DRAFT') RETURNING id""")
                .execute(Tuple.from(java.util.Arrays.asList(caseId, courtCode, caseNumber, partyId, accountId,
                        applicantName)))
                .await().atMost(TIMEOUT)
                .iterator().next().getLong(0);
    }

    /** Moves an application on, if nobody changed it since {@code version} was read; false when someone did. */
    boolean update(SqlClient client, Application before, ResumptionState state, Map<String, Object> changes) {
        StringBuilder sql = new StringBuilder("UPDATE resumption_application SET state = $1, version = version + 1, "
                + "updated_at = now()");
        List<Object> values = new ArrayList<>(List.of(state.name()));
        for (Map.Entry<String, Object> change : changes.entrySet()) {
            values.add(change.getValue());
            String cast = change.getValue() instanceof LocalDate ? "::text::date" : "";
            if (change.getValue() instanceof LocalDate date) {
                values.set(values.size() - 1, date.toString());
            }
            sql.append(", ").append(change.getKey()).append(" = $").append(values.size()).append(cast);
        }
        values.add(before.id());
        values.add(before.version());
        sql.append(" WHERE id = $").append(values.size() - 1).append(" AND version = $").append(values.size());
        return client.preparedQuery(sql.toString()).execute(Tuple.from(values)).await().atMost(TIMEOUT).rowCount() == 1;
    }

    void insertEvent(SqlClient client, long applicationId, String actorRole, String actorLabel, ResumptionAction action,
            ResumptionState from, ResumptionState to, String message) {
        client.preparedQuery("""
                INSERT INTO resumption_event (application_id, actor_role, actor_label, action, from_state, to_state, message)
                VALUES ($1, $2, $3, $4, $5, $6, $7)""")
                .execute(Tuple.from(java.util.Arrays.asList(applicationId, actorRole, actorLabel, action.name(),
                        from == null ? null : from.name(), to.name(), message)))
                .await().atMost(TIMEOUT);
    }

    List<EventRow> events(SqlClient client, long applicationId) {
        List<EventRow> events = new ArrayList<>();
        for (Row row : client.preparedQuery("""
                SELECT id, at, actor_role, actor_label, action, from_state, to_state, message
                FROM resumption_event WHERE application_id = $1 ORDER BY id""").execute(Tuple.of(applicationId))
                .await().atMost(TIMEOUT)) {
            String from = row.getString("from_state");
            events.add(new EventRow(row.getLong("id"), row.getOffsetDateTime("at"), row.getString("actor_role"),
                    row.getString("actor_label"), ResumptionAction.valueOf(row.getString("action")),
                    from == null ? null : ResumptionState.valueOf(from), ResumptionState.valueOf(row.getString("to_state")),
                    row.getString("message")));
        }
        return events;
    }

    /** The earliest clue of the case (any application) with this fingerprint, if any. */
    Optional<ClueRow> clueWithFingerprint(SqlClient client, long caseId, String fingerprint) {
        List<ClueRow> rows = clues(client, "c.case_id = $1 AND c.fingerprint = $2 ORDER BY c.id LIMIT 1",
                Tuple.of(caseId, fingerprint));
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    long insertClue(SqlClient client, long applicationId, long caseId, String type, Map<String, String> fields,
            String fingerprint, Long duplicateOf) {
        return client.preparedQuery("""
                INSERT INTO resumption_clue (application_id, case_id, clue_type, fields, fingerprint, duplicate_of)
                VALUES ($1, $2, $3, $4::text::jsonb, $5, $6) RETURNING id""")
                .execute(Tuple.from(java.util.Arrays.asList(applicationId, caseId, type, write(fields), fingerprint,
                        duplicateOf)))
                .await().atMost(TIMEOUT).iterator().next().getLong(0);
    }

    List<ClueRow> clues(SqlClient client, long applicationId) {
        return clues(client, "c.application_id = $1 ORDER BY c.id", Tuple.of(applicationId));
    }

    int clueCount(SqlClient client, long applicationId) {
        return client.preparedQuery("SELECT count(*) FROM resumption_clue WHERE application_id = $1")
                .execute(Tuple.of(applicationId)).await().atMost(TIMEOUT).iterator().next().getInteger(0);
    }

    /** Records the clerk's verification of a clue of the application; false when the clue is not part of it. */
    boolean verifyClue(SqlClient client, long applicationId, long clueId, ClueResult result, String note) {
        return client.preparedQuery("""
                UPDATE resumption_clue SET verification = $3, verified_at = now(), verification_note = $4
                WHERE id = $1 AND application_id = $2""").execute(Tuple.of(clueId, applicationId, result.name(), note))
                .await().atMost(TIMEOUT).rowCount() == 1;
    }

    /** Whether every clue of the application has a verification result. */
    boolean allCluesVerified(SqlClient client, long applicationId) {
        return client.preparedQuery("""
                SELECT count(*) FILTER (WHERE verification IS NULL) = 0 AND count(*) > 0
                FROM resumption_clue WHERE application_id = $1""").execute(Tuple.of(applicationId))
                .await().atMost(TIMEOUT).iterator().next().getBoolean(0);
    }

    private List<ClueRow> clues(SqlClient client, String where, Tuple parameters) {
        List<ClueRow> clues = new ArrayList<>();
        for (Row row : client.preparedQuery("""
                SELECT c.id, c.application_id, c.clue_type, c.fields::text AS fields, c.fingerprint, c.duplicate_of,
                       d.added_at AS duplicate_added_at, c.added_at, c.verification, c.verified_at, c.verification_note
                FROM resumption_clue c LEFT JOIN resumption_clue d ON d.id = c.duplicate_of""" + " WHERE " + where)
                .execute(parameters).await().atMost(TIMEOUT)) {
            String verification = row.getString("verification");
            clues.add(new ClueRow(row.getLong("id"), row.getLong("application_id"), row.getString("clue_type"),
                    read(row.getString("fields")), row.getString("fingerprint"), row.getLong("duplicate_of"),
                    row.getOffsetDateTime("duplicate_added_at"), row.getOffsetDateTime("added_at"),
                    verification == null ? null : ClueResult.valueOf(verification), row.getOffsetDateTime("verified_at"),
                    row.getString("verification_note")));
        }
        return clues;
    }

    long insertEvidence(SqlClient client, long applicationId, long blobId, String fileName, String contentType,
            long size, String sha256) {
        return client.preparedQuery("""
                INSERT INTO resumption_evidence (application_id, blob_id, file_name, content_type, size, sha256)
                VALUES ($1, $2, $3, $4, $5, $6) RETURNING id""")
                .execute(Tuple.of(applicationId, blobId, fileName, contentType, size, sha256)).await().atMost(TIMEOUT)
                .iterator().next().getLong(0);
    }

    List<EvidenceRow> evidence(SqlClient client, long applicationId) {
        List<EvidenceRow> evidence = new ArrayList<>();
        for (Row row : client.preparedQuery("""
                SELECT id, application_id, blob_id, file_name, content_type, size, sha256, uploaded_at
                FROM resumption_evidence WHERE application_id = $1 ORDER BY id""").execute(Tuple.of(applicationId))
                .await().atMost(TIMEOUT)) {
            evidence.add(new EvidenceRow(row.getLong("id"), row.getLong("application_id"), row.getLong("blob_id"),
                    row.getString("file_name"), row.getString("content_type"), row.getLong("size"),
                    row.getString("sha256"), row.getOffsetDateTime("uploaded_at")));
        }
        return evidence;
    }

    long evidenceBytes(SqlClient client, long applicationId) {
        return client
                .preparedQuery("SELECT coalesce(sum(size), 0), count(*) FROM resumption_evidence WHERE application_id = $1")
                .execute(Tuple.of(applicationId)).await().atMost(TIMEOUT).iterator().next().getLong(0);
    }

    int evidenceCount(SqlClient client, long applicationId) {
        return client.preparedQuery("SELECT count(*) FROM resumption_evidence WHERE application_id = $1")
                .execute(Tuple.of(applicationId)).await().atMost(TIMEOUT).iterator().next().getInteger(0);
    }

    /** Open applications of the given cases (the parents of 执恢 cases intake just stored), locked for update. */
    List<Application> openApplications(SqlClient client, List<Long> caseIds) {
        return all(client.preparedQuery("SELECT " + APPLICATION_COLUMNS + """
                 FROM resumption_application
                WHERE case_id = ANY($1) AND state IN ('SUBMITTED', 'MATERIALS_INCOMPLETE', 'UNDER_VERIFICATION',
                                                      'URGENT_CONTROL_TAKEN')
                ORDER BY id FOR UPDATE""").execute(Tuple.of(caseIds.toArray(Long[]::new))).await().atMost(TIMEOUT));
    }

    /** Links accepted applications that name a 执恢 case number to the case once it is stored. */
    void linkChildCases(SqlClient client, Map<String, Long> childCaseIds) {
        client.preparedQuery("""
                UPDATE resumption_application a SET child_case_id = c.id, updated_at = now()
                  FROM unnest($1::text[], $2::bigint[]) AS c(number, id)
                 WHERE a.child_case_number = c.number AND a.child_case_id IS NULL""")
                .execute(Tuple.of(childCaseIds.keySet().toArray(String[]::new),
                        childCaseIds.values().toArray(Long[]::new)))
                .await().atMost(TIMEOUT);
    }

    private static Optional<Application> first(RowSet<Row> rows) {
        List<Application> all = all(rows);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    private static List<Application> all(RowSet<Row> rows) {
        List<Application> applications = new ArrayList<>(rows.size());
        for (Row row : rows) {
            String reason = row.getString("rejection_reason");
            applications.add(new Application(row.getLong("id"), row.getLong("case_id"), row.getString("court_code"),
                    row.getString("case_number"), row.getLong("applicant_party_id"), row.getLong("applicant_account_id"),
                    row.getString("applicant_name"), ResumptionState.valueOf(row.getString("state")),
                    row.getBoolean("urgent"), row.getString("urgent_reason"), row.getOffsetDateTime("declared_at"),
                    row.getOffsetDateTime("submitted_at"), row.getLocalDate("verify_due_on"),
                    row.getOffsetDateTime("verified_at"), row.getString("materials_request"),
                    row.getOffsetDateTime("decided_at"), reason == null ? null : RejectionReason.valueOf(reason),
                    row.getString("decision_note"), row.getString("child_case_number"), row.getLong("child_case_id"),
                    row.getLong("version"), row.getOffsetDateTime("created_at")));
        }
        return applications;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, String> read(String value) {
        try {
            return json.readValue(value, FIELDS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
