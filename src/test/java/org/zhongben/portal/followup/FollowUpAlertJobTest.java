package org.zhongben.portal.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.zhongben.portal.testsupport.CaseFiles;
import org.zhongben.portal.testsupport.Intake;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Intake stores a case's deadlines; the alert job announces each deadline's current stage exactly once, whether it
 * runs again or twice at the same time, and leaves history older than the look-back window unannounced.
 */
@QuarkusTest
class FollowUpAlertJobTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Inject
    FollowUpAlertJob job;

    @Inject
    Pool pool;

    /**
     * The example case, terminated so that its first follow-up inquiry is due in ten days; no inquiry made yet. Its
     * other open deadline is the creditor's window to seek reconsideration of a 2023 objection, long past.
     */
    private static Intake.StoredCase inquiryDueInTenDays() {
        LocalDate ruled = TODAY.plusDays(10).minusMonths(6);
        ObjectNode file = CaseFiles.fresh();
        CaseFiles.without(file, "followUps");
        CaseFiles.with(file, "ruling.ruledOn", ruled.toString());
        CaseFiles.with(file, "ruling.servedOn", ruled.plusDays(2).toString());
        CaseFiles.with(file, "closedOn", ruled.toString());
        CaseFiles.with(file, "databaseEntry.enteredOn", ruled.plusDays(5).toString());
        CaseFiles.with(file, "interview.heldOn", ruled.minusDays(5).toString());
        return Intake.store(file);
    }

    private List<Row> events(String caseNumber) {
        List<Row> rows = new ArrayList<>();
        pool.preparedQuery("""
                SELECT o.topic, o.payload::text AS payload, o.dedup_key FROM outbox_event o
                JOIN enforcement_case c ON c.id = o.case_id WHERE c.case_number = $1 ORDER BY o.id""")
                .execute(Tuple.of(caseNumber)).await().indefinitely().forEach(rows::add);
        return rows;
    }

    private List<Row> deadlines(String caseNumber) {
        List<Row> rows = new ArrayList<>();
        pool.preparedQuery("""
                SELECT d.kind, d.subject, d.due_on::text AS due_on, d.next_alert_on::text AS next_alert_on
                FROM tracked_deadline d JOIN enforcement_case c ON c.id = d.case_id WHERE c.case_number = $1
                ORDER BY d.kind, d.subject""").execute(Tuple.of(caseNumber)).await().indefinitely().forEach(rows::add);
        return rows;
    }

    @Test
    void intakeStoresTheOpenDeadlinesOfTheCase() {
        Intake.StoredCase stored = inquiryDueInTenDays();
        List<Row> rows = deadlines(stored.caseNumber());
        assertThat(rows).extracting(row -> row.getString("kind") + "/" + row.getString("subject"))
                .contains("FOLLOW_UP_INQUIRY/1", "FOLLOW_UP_INQUIRY/10", "CONTROL_EXPIRY/C1");
        assertThat(rows).filteredOn(row -> row.getString("subject").equals("1")).singleElement()
                .satisfies(row -> assertThat(row.getString("due_on")).isEqualTo(TODAY.plusDays(10).toString()));
    }

    @Test
    void eachStageIsAnnouncedOnceEvenWhenTheJobRunsAgain() {
        Intake.StoredCase stored = inquiryDueInTenDays();
        job.run().await().indefinitely();

        List<Row> first = events(stored.caseNumber());
        assertThat(first).extracting(row -> row.getString("topic")).containsExactly("deadline.warning");
        assertThat(first.get(0).getString("payload")).contains("\"kind\": \"FOLLOW_UP_INQUIRY\"", "\"subject\": \"1\"",
                "\"dueOn\": \"" + TODAY.plusDays(10) + "\"", "\"duty\": \"COURT\"");
        // the 2023 reconsideration window passed long ago: history, not news
        assertThat(first).noneMatch(row -> row.getString("payload").contains("RECONSIDERATION_FILING"));
        assertThat(deadlines(stored.caseNumber())).filteredOn(row -> row.getString("subject").equals("1"))
                .singleElement().satisfies(row -> assertThat(row.getString("next_alert_on"))
                        .isEqualTo(TODAY.plusDays(10 + 30 + 1).toString()));

        job.run().await().indefinitely();
        assertThat(events(stored.caseNumber())).hasSize(1);
    }

    @Test
    void twoConcurrentRunsWriteEachEventOnce() {
        Intake.StoredCase stored = inquiryDueInTenDays();
        Intake.StoredCase other = inquiryDueInTenDays();
        Uni.combine().all().unis(job.run(), job.run(), job.run()).asTuple().await().indefinitely();
        assertThat(events(stored.caseNumber())).hasSize(1);
        assertThat(events(other.caseNumber())).hasSize(1);

        // as if the run had crashed after writing the events but before moving the deadlines on
        pool.preparedQuery("""
                UPDATE tracked_deadline d SET next_alert_on = d.warning_on FROM enforcement_case c
                WHERE c.id = d.case_id AND c.case_number = ANY($1) AND d.warning_on IS NOT NULL""")
                .execute(Tuple.of((Object) new String[] { stored.caseNumber(), other.caseNumber() })).await()
                .indefinitely();
        Uni.combine().all().unis(job.run(), job.run()).asTuple().await().indefinitely();
        assertThat(events(stored.caseNumber())).hasSize(1);
        assertThat(events(other.caseNumber())).hasSize(1);
    }

    @Test
    void aNewVersionOfTheFileReplacesItsDeadlines() {
        Intake.StoredCase stored = inquiryDueInTenDays();
        assertThat(deadlines(stored.caseNumber())).anyMatch(row -> row.getString("subject").equals("1"));

        ObjectNode update = CaseFiles.example();
        LocalDate ruled = TODAY.plusDays(10).minusMonths(6);
        update.put("caseNumber", stored.caseNumber());
        update.put("version", update.get("version").asLong() + 1);
        CaseFiles.with(update, "ruling.ruledOn", ruled.toString());
        CaseFiles.with(update, "ruling.servedOn", ruled.plusDays(2).toString());
        CaseFiles.with(update, "closedOn", ruled.toString());
        CaseFiles.with(update, "databaseEntry.enteredOn", ruled.plusDays(5).toString());
        CaseFiles.with(update, "interview.heldOn", ruled.minusDays(5).toString());
        // the court made the first inquiry early: nothing about it is left to announce
        CaseFiles.with(update, "followUps", List.of(java.util.Map.of("sequence", 1, "performedOn", TODAY.toString(),
                "result", "NOTHING_FOUND", "creditorNotifiedOn", TODAY.toString())));
        io.restassured.RestAssured.given().auth().oauth2(org.zhongben.portal.testsupport.TestTokens.courtSystem(
                CaseFiles.COURT)).contentType(io.restassured.http.ContentType.JSON).body(update.toString())
                .post("/api/v1/intake/cases").then().statusCode(200);

        assertThat(deadlines(stored.caseNumber())).noneMatch(row -> row.getString("subject").equals("1"))
                .anyMatch(row -> row.getString("subject").equals("2"));
    }
}
