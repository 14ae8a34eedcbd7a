package org.zhongben.portal.compliance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

/** Stored compliance results: the only code that touches {@code compliance_evaluation} and its run log. */
@ApplicationScoped
class ComplianceStore {

    private final Pool pool;
    private final ObjectMapper json;

    ComplianceStore(Pool pool, ObjectMapper json) {
        this.pool = pool;
        this.json = json;
    }

    /** One case's verdicts in storable form. */
    record Evaluation(long caseId, String version, LocalDate evaluatedOn, LocalDate recheckOn, List<String> passed,
            List<String> failed, List<String> unknown) {

        static Evaluation of(long caseId, ComplianceReport report) {
            List<String> passed = new ArrayList<>();
            List<String> failed = new ArrayList<>();
            List<String> unknown = new ArrayList<>();
            for (CheckResult result : report.results()) {
                switch (result.verdict()) {
                    case PASS -> passed.add(result.code().name());
                    case FAIL -> failed.add(result.code().name());
                    case UNKNOWN -> unknown.add(result.code().name());
                    case NOT_APPLICABLE -> {
                    }
                }
            }
            return new Evaluation(caseId, report.engineVersion(), report.evaluatedOn(), report.recheckOn(), passed,
                    failed, unknown);
        }
    }

    Uni<Void> save(List<Evaluation> evaluations) {
        return save(pool, evaluations).replaceWithVoid();
    }

    /**
     * Inserts or replaces the evaluations, in one statement, through {@code client}; answers, per case that had an
     * evaluation before, the checks failing now that did not fail then.
     */
    Uni<Map<Long, List<String>>> save(SqlClient client, List<Evaluation> evaluations) {
        if (evaluations.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        String rows;
        try {
            rows = json.writeValueAsString(evaluations);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return client.preparedQuery("""
                WITH before AS (
                    SELECT case_id, failed FROM compliance_evaluation
                    WHERE case_id IN (SELECT (e->>'caseId')::bigint FROM jsonb_array_elements($1::text::jsonb) e)),
                saved AS (
                INSERT INTO compliance_evaluation (case_id, engine_version, evaluated_on, recheck_on, passed, failed,
                                                   unknown, evaluated_at)
                SELECT (e->>'caseId')::bigint, e->>'version', (e->>'evaluatedOn')::date, (e->>'recheckOn')::date,
                       ARRAY(SELECT jsonb_array_elements_text(e->'passed')),
                       ARRAY(SELECT jsonb_array_elements_text(e->'failed')),
                       ARRAY(SELECT jsonb_array_elements_text(e->'unknown')), now()
                FROM jsonb_array_elements($1::text::jsonb) e
                -- rows are locked in case-id order, so concurrent writers (intake batches that update each
                -- other's parents, the refresh job) wait for each other instead of deadlocking
                ORDER BY (e->>'caseId')::bigint
                ON CONFLICT (case_id) DO UPDATE SET engine_version = EXCLUDED.engine_version,
                    evaluated_on = EXCLUDED.evaluated_on, recheck_on = EXCLUDED.recheck_on, passed = EXCLUDED.passed,
                    failed = EXCLUDED.failed, unknown = EXCLUDED.unknown, evaluated_at = EXCLUDED.evaluated_at
                RETURNING case_id, failed)
                SELECT s.case_id, ARRAY(SELECT unnest(s.failed) EXCEPT SELECT unnest(b.failed)) AS newly_failing
                FROM saved s JOIN before b ON b.case_id = s.case_id""")
                .execute(Tuple.of(rows)).map(result -> {
                    Map<Long, List<String>> newlyFailing = new HashMap<>();
                    for (Row row : result) {
                        String[] checks = row.getArrayOfStrings("newly_failing");
                        if (checks.length > 0) {
                            newlyFailing.put(row.getLong("case_id"), List.of(checks));
                        }
                    }
                    return newlyFailing;
                });
    }

    /** Cases whose stored verdicts may have changed by {@code today}, oldest first. */
    Uni<List<Long>> dueForRecheck(LocalDate today, int limit) {
        return pool.preparedQuery("""
                SELECT case_id FROM compliance_evaluation WHERE recheck_on <= $1::text::date
                ORDER BY recheck_on, case_id LIMIT $2""").execute(Tuple.of(today.toString(), limit)).map(ComplianceStore::ids);
    }

    /** The stored engine version of each of {@code caseIds} that has an evaluation. */
    Uni<Map<Long, String>> versions(List<Long> caseIds) {
        return pool.preparedQuery("SELECT case_id, engine_version FROM compliance_evaluation WHERE case_id = ANY($1)")
                .execute(Tuple.of(caseIds.toArray(Long[]::new))).map(rows -> {
                    Map<Long, String> versions = new HashMap<>();
                    for (Row row : rows) {
                        versions.put(row.getLong("case_id"), row.getString("engine_version"));
                    }
                    return versions;
                });
    }

    /** Whether every case has been evaluated with {@code version} (a completed full run was recorded). */
    Uni<Boolean> completed(String version) {
        return pool.preparedQuery("SELECT 1 FROM compliance_engine_run WHERE engine_version = $1")
                .execute(Tuple.of(version)).map(rows -> rows.size() > 0);
    }

    Uni<Void> recordCompleted(String version, long cases) {
        return pool.preparedQuery("""
                INSERT INTO compliance_engine_run (engine_version, cases) VALUES ($1, $2)
                ON CONFLICT (engine_version) DO UPDATE SET cases = EXCLUDED.cases, completed_at = now()""")
                .execute(Tuple.of(version, cases)).replaceWithVoid();
    }

    /** The stored verdicts of one case, or null. */
    Uni<Evaluation> find(long caseId) {
        return pool.preparedQuery("""
                SELECT case_id, engine_version, evaluated_on::text, recheck_on::text, passed, failed, unknown
                FROM compliance_evaluation WHERE case_id = $1""").execute(Tuple.of(caseId)).map(rows -> {
            if (rows.size() == 0) {
                return null;
            }
            Row row = rows.iterator().next();
            String recheck = row.getString("recheck_on");
            return new Evaluation(row.getLong("case_id"), row.getString("engine_version"),
                    LocalDate.parse(row.getString("evaluated_on")), recheck == null ? null : LocalDate.parse(recheck),
                    List.of(row.getArrayOfStrings("passed")), List.of(row.getArrayOfStrings("failed")),
                    List.of(row.getArrayOfStrings("unknown")));
        });
    }

    private static List<Long> ids(io.vertx.mutiny.sqlclient.RowSet<Row> rows) {
        List<Long> ids = new ArrayList<>(rows.size());
        for (Row row : rows) {
            ids.add(row.getLong(0));
        }
        return ids;
    }
}
