package org.zhongben.portal.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.zhongben.portal.testsupport.CaseFiles;
import org.zhongben.portal.testsupport.Intake;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/** The events intake and the compliance engine write to the outbox, in the intake transaction. */
@QuarkusTest
class NotificationEventsTest {

    @Inject
    Pool pool;

    private List<Row> events(String caseNumber, String topic) {
        List<Row> rows = new ArrayList<>();
        pool.preparedQuery("""
                SELECT o.topic, o.payload::text AS payload, o.payload->>'check' AS check_code FROM outbox_event o
                JOIN enforcement_case c ON c.id = o.case_id WHERE c.case_number = $1 AND o.topic = $2 ORDER BY o.id""")
                .execute(Tuple.of(caseNumber, topic)).await().indefinitely().forEach(rows::add);
        return rows;
    }

    private Set<String> failing(String caseNumber) {
        String[] failed = pool.preparedQuery("""
                SELECT e.failed FROM compliance_evaluation e JOIN enforcement_case c ON c.id = e.case_id
                WHERE c.case_number = $1""").execute(Tuple.of(caseNumber)).await().indefinitely().iterator().next()
                .getArrayOfStrings(0);
        return new HashSet<>(List.of(failed));
    }

    @Test
    void intakeAnnouncesANewFollowUpResultAndANewDocumentOnceAndLeavesHistoryAlone() {
        ObjectNode file = CaseFiles.fresh();
        String caseNumber = Intake.store(file).caseNumber();
        // the example's inquiries (2024) and documents (2023) are history
        assertThat(events(caseNumber, "followup.result")).isEmpty();
        assertThat(events(caseNumber, "case.document")).isEmpty();

        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        file.put("version", 4);
        CaseFiles.add(file, "followUps").put("sequence", 3).put("performedOn", today.toString())
                .put("result", "NOTHING_FOUND").put("ledToResumption", false);
        ArrayNode documents = (ArrayNode) file.get("documents");
        documents.addObject().put("id", "D90").put("kind", "OTHER").put("title", "恢复执行通知书")
                .put("issuedOn", today.toString()).put("visibility", "PARTY")
                .put("sha256", "00000000000000000000000000000000000000000000000000000000000000a9");
        documents.addObject().put("id", "D91").put("kind", "OTHER").put("title", "内部审批表")
                .put("issuedOn", today.toString()).put("visibility", "COURT")
                .put("sha256", "00000000000000000000000000000000000000000000000000000000000000aa");
        Intake.replace(file);
        Intake.replace(file.put("version", 5));

        List<Row> results = events(caseNumber, "followup.result");
        assertThat(results).hasSize(1);
        assertThat(results.get(0).getString("payload")).contains("第 3 次终本后定期查询", "未发现可供执行的财产",
                "Follow-up inquiry no. 3");
        List<Row> added = events(caseNumber, "case.document");
        assertThat(added).as("the court-only document is not announced").hasSize(1);
        assertThat(added.get(0).getString("payload")).contains("恢复执行通知书");
    }

    @Test
    void aCheckThatStartsFailingAfterNewDataIsAnnounced() {
        ObjectNode file = CaseFiles.compliant();
        String caseNumber = Intake.store(file).caseNumber();
        Set<String> before = failing(caseNumber);
        assertThat(events(caseNumber, "compliance.failing")).as("a first evaluation is not a change").isEmpty();

        // the national query before termination goes missing from the file
        ArrayNode queries = (ArrayNode) file.get("networkQueries");
        for (int i = queries.size() - 1; i >= 0; i--) {
            if ("Q3".equals(queries.get(i).get("id").asText())) {
                queries.remove(i);
            }
        }
        Intake.replace(file.put("version", 4));
        Set<String> newlyFailing = failing(caseNumber);
        newlyFailing.removeAll(before);
        assertThat(newlyFailing).isNotEmpty();
        assertThat(events(caseNumber, "compliance.failing")).extracting(row -> row.getString("check_code"))
                .containsExactlyInAnyOrderElementsOf(newlyFailing);
    }
}
