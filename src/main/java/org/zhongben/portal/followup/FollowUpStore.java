package org.zhongben.portal.followup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

/** The stored deadlines of every case: the only code that touches {@code tracked_deadline}. */
@ApplicationScoped
class FollowUpStore {

    private final ObjectMapper json;

    FollowUpStore(ObjectMapper json) {
        this.json = json;
    }

    /** A stored deadline with its alert stages. */
    record Deadline(long caseId, String kind, String subject, LocalDate dueOn, LocalDate warningOn, LocalDate urgentOn,
            LocalDate overdueOn) {

        static Deadline of(long caseId, TrackedItem item) {
            Map<AlertStage, LocalDate> alerts = item.alerts();
            return new Deadline(caseId, item.kind().name(), item.subject(), item.dueOn(), alerts.get(AlertStage.WARNING),
                    alerts.get(AlertStage.URGENT), alerts.get(AlertStage.OVERDUE));
        }

        /** The stage reached on {@code today}: the latest one whose day has come. */
        AlertStage stageOn(LocalDate today) {
            AlertStage reached = null;
            if (warningOn != null && !warningOn.isAfter(today)) {
                reached = AlertStage.WARNING;
            }
            if (urgentOn != null && !urgentOn.isAfter(today)) {
                reached = AlertStage.URGENT;
            }
            if (overdueOn != null && !overdueOn.isAfter(today)) {
                reached = AlertStage.OVERDUE;
            }
            return reached;
        }

        /** The day the stage was reached. */
        LocalDate stageDay(AlertStage stage) {
            return switch (stage) {
                case WARNING -> warningOn;
                case URGENT -> urgentOn;
                case OVERDUE -> overdueOn;
            };
        }

        /** The first stage day after {@code today}, or null when nothing is left to announce. */
        LocalDate nextAfter(LocalDate today) {
            LocalDate next = null;
            for (LocalDate day : new LocalDate[] { warningOn, urgentOn, overdueOn }) {
                if (day != null && day.isAfter(today) && (next == null || day.isBefore(next))) {
                    next = day;
                }
            }
            return next;
        }
    }

    /**
     * Replaces the stored deadlines of {@code caseIds} by {@code deadlines} (only open ones carry alert stages). Each
     * new row's next alert is its earliest stage: the alert job then announces the stage current on its next run.
     */
    Uni<Void> replace(SqlClient client, List<Long> caseIds, List<Deadline> deadlines) {
        // locks are taken in key order, so concurrent writers of overlapping cases wait instead of deadlocking
        // only the kinds derived from the case file: deadlines other features scheduled stay
        String[] kinds = java.util.Arrays.stream(ItemKind.values()).filter(ItemKind::fromCaseFile).map(Enum::name)
                .toArray(String[]::new);
        Uni<Void> delete = client.preparedQuery("""
                DELETE FROM tracked_deadline WHERE (case_id, kind, subject) IN (
                    SELECT case_id, kind, subject FROM tracked_deadline WHERE case_id = ANY($1) AND kind = ANY($2)
                    ORDER BY case_id, kind, subject FOR UPDATE)""")
                .execute(Tuple.of(caseIds.toArray(Long[]::new), kinds)).replaceWithVoid();
        if (deadlines.isEmpty()) {
            return delete;
        }
        String rows = write(deadlines);
        return delete.chain(() -> client.preparedQuery("""
                INSERT INTO tracked_deadline (case_id, kind, subject, due_on, warning_on, urgent_on, overdue_on,
                                              next_alert_on)
                SELECT (d->>'caseId')::bigint, d->>'kind', d->>'subject', (d->>'dueOn')::date,
                       (d->>'warningOn')::date, (d->>'urgentOn')::date, (d->>'overdueOn')::date,
                       LEAST((d->>'warningOn')::date, (d->>'urgentOn')::date, (d->>'overdueOn')::date)
                FROM jsonb_array_elements($1::text::jsonb) d
                ORDER BY (d->>'caseId')::bigint, d->>'kind', d->>'subject'""").execute(Tuple.of(rows)).replaceWithVoid());
    }

    /** Inserts or replaces one deadline scheduled by another feature. */
    Uni<Void> put(SqlClient client, Deadline deadline) {
        return client.preparedQuery("""
                INSERT INTO tracked_deadline (case_id, kind, subject, due_on, warning_on, urgent_on, overdue_on,
                                              next_alert_on)
                VALUES ($1, $2, $3, $4::text::date, $5::text::date, $6::text::date, $7::text::date,
                        LEAST($5::text::date, $6::text::date, $7::text::date))
                ON CONFLICT (case_id, kind, subject) DO UPDATE SET due_on = EXCLUDED.due_on,
                    warning_on = EXCLUDED.warning_on, urgent_on = EXCLUDED.urgent_on, overdue_on = EXCLUDED.overdue_on,
                    next_alert_on = EXCLUDED.next_alert_on""")
                .execute(Tuple.from(java.util.Arrays.asList(deadline.caseId(), deadline.kind(), deadline.subject(),
                        text(deadline.dueOn()), text(deadline.warningOn()), text(deadline.urgentOn()),
                        text(deadline.overdueOn()))))
                .replaceWithVoid();
    }

    Uni<Void> remove(SqlClient client, long caseId, String kind, String subject) {
        return client.preparedQuery("DELETE FROM tracked_deadline WHERE case_id = $1 AND kind = $2 AND subject = $3")
                .execute(Tuple.of(caseId, kind, subject)).replaceWithVoid();
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    /** Deadlines with a stage due by {@code today}, locked for this transaction; rows another run holds are skipped. */
    Uni<List<Deadline>> due(SqlClient client, LocalDate today, int limit) {
        return client.preparedQuery("""
                SELECT case_id, kind, subject, due_on::text, warning_on::text, urgent_on::text, overdue_on::text
                FROM tracked_deadline WHERE next_alert_on <= $1::text::date
                ORDER BY next_alert_on, case_id LIMIT $2 FOR UPDATE SKIP LOCKED""")
                .execute(Tuple.of(today.toString(), limit)).map(rows -> {
                    List<Deadline> due = new ArrayList<>(rows.size());
                    for (Row row : rows) {
                        due.add(new Deadline(row.getLong("case_id"), row.getString("kind"), row.getString("subject"),
                                date(row, "due_on"), date(row, "warning_on"), date(row, "urgent_on"),
                                date(row, "overdue_on")));
                    }
                    return due;
                });
    }

    /** Moves each deadline's next alert past {@code today}. */
    Uni<Void> advance(SqlClient client, List<Deadline> deadlines, LocalDate today) {
        List<Map<String, Object>> rows = deadlines.stream().map(d -> {
            Map<String, Object> row = new java.util.HashMap<>();
            row.put("caseId", d.caseId());
            row.put("kind", d.kind());
            row.put("subject", d.subject());
            row.put("next", d.nextAfter(today));
            return row;
        }).toList();
        return client.preparedQuery("""
                UPDATE tracked_deadline t SET next_alert_on = (v->>'next')::date
                FROM jsonb_array_elements($1::text::jsonb) v
                WHERE t.case_id = (v->>'caseId')::bigint AND t.kind = v->>'kind' AND t.subject = v->>'subject'""")
                .execute(Tuple.of(write(rows))).replaceWithVoid();
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static LocalDate date(Row row, String column) {
        String value = row.getString(column);
        return value == null ? null : LocalDate.parse(value);
    }
}
