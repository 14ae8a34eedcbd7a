package org.zhongben.portal.cases;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.zhongben.portal.testsupport.CaseFiles;
import org.zhongben.portal.testsupport.Intake;
import org.zhongben.portal.testsupport.Sessions;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The case page costs a fixed number of SQL statements however many measures the case has (no N+1): counted by the
 * reactive client's own metrics around one request.
 */
@QuarkusTest
class CaseQueryCountTest {

    @Inject
    MeterRegistry meters;

    private long statements() {
        return meters.find("postgresql.processing").timers().stream().mapToLong(Timer::count).sum();
    }

    private static Intake.StoredCase caseWithMeasures(int count) {
        ObjectNode file = CaseFiles.fresh();
        ArrayNode measures = file.putArray("measures");
        for (int i = 0; i < count; i++) {
            measures.add(CaseFiles.JSON
                    .valueToTree(Map.of("id", "M" + i, "type", i % 2 == 0 ? "ONSITE_INVESTIGATION" : "QUESTIONING",
                            "requestedBy", "COURT", "performedOn", "2023-03-10", "categories", List.of("CASH"),
                            "resultSummary", "第 " + i + " 次调查,未发现财产")));
        }
        return Intake.store(file);
    }

    private long statementsForOnePage(Intake.StoredCase stored, String token) {
        // warm up once so prepared-statement caching and sign-in do not count
        given().auth().oauth2(token).get("/api/v1/cases/{n}", stored.caseNumber()).then().statusCode(200);
        long before = statements();
        given().auth().oauth2(token).get("/api/v1/cases/{n}", stored.caseNumber()).then().statusCode(200);
        return statements() - before;
    }

    @Test
    void sixtyMeasuresCostNoMoreStatementsThanThree() {
        Intake.StoredCase small = caseWithMeasures(3);
        Intake.StoredCase large = caseWithMeasures(60);
        long forSmall = statementsForOnePage(small, Sessions.caseLogin(small.caseNumber(), small.creditorCode()));
        long forLarge = statementsForOnePage(large, Sessions.caseLogin(large.caseNumber(), large.creditorCode()));

        assertThat(forLarge).isEqualTo(forSmall);
        // session check, access (parties of the case), audit insert, the case file, the audit trail
        assertThat(forLarge).isLessThanOrEqualTo(6);
        List<Long> counts = new ArrayList<>(List.of(forSmall, forLarge));
        assertThat(counts).allMatch(count -> count > 0);
    }
}
