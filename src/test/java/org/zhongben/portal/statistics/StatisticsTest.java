package org.zhongben.portal.statistics;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.zhongben.portal.testsupport.CaseFiles;
import org.zhongben.portal.testsupport.Intake;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The court figures against a small fixture in a court of its own, computed by hand here: two 终本 cases (one meeting
 * every prescribed action, one missing C7), one case fully performed, their follow-up inquiries, one resumption
 * application.
 */
@QuarkusTest
class StatisticsTest {

    static final String COURT = "琼0108";

    @Inject
    StatisticsRefresh refresh;

    @Inject
    StatisticsService statistics;

    @Test
    void figuresMatchTheFixture() {
        ObjectNode hasty = CaseFiles.fresh(COURT);
        ObjectNode compliant = CaseFiles.compliant();
        compliant.put("courtCode", COURT).put("caseNumber", CaseFiles.newCaseNumber(COURT));
        ObjectNode paid = CaseFiles.fresh(COURT);
        paid.put("closingMode", "FULLY_ENFORCED");
        paid.remove(List.of("ruling", "followUps", "databaseEntry", "interview"));
        Intake.StoredCase stored = Intake.store(hasty);
        Intake.store(compliant);
        Intake.store(paid);
        String token = org.zhongben.portal.testsupport.Sessions.caseLogin(stored.caseNumber(), stored.creditorCode());
        given().auth().oauth2(token).header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                .contentType("application/json").body("""
                        {"declared":true,"clues":[{"type":"VEHICLE","fields":{"plate":"京A12345"}}]}""")
                .post("/api/v1/cases/{n}/resumption-applications", stored.caseNumber()).then().statusCode(201);

        assertThat(refresh.refresh().await().indefinitely()).isTrue();
        JsonPath figures = given().get("/api/v1/statistics/courts/{c}", COURT).then().statusCode(200).extract().jsonPath();

        Map<String, Object> of2023 = year(figures, 2023);
        assertThat(of2023).containsEntry("closed", 3).containsEntry("zhongben", 2).containsEntry("evaluated", 2)
                .containsEntry("allChecksPassed", 1).containsEntry("repeated", 0);
        assertThat(of2023.get("zhongbenShare")).isEqualTo(66.7f);
        assertThat(of2023.get("compliantShare")).isEqualTo(50.0f);
        assertThat(figures.getList("mostFailed.code", String.class)).as("2023, the latest year with 终本 closures")
                .containsExactly("C7");
        assertThat(figures.getList("mostFailed.failures", Integer.class)).containsExactly(1);
        // follow-ups: due every six months after 2023-08-15, counted once 30 days of grace have passed; both cases
        // made the first two (2024-02-10 and 2024-08-20, the second within the grace) and none after
        LocalDate countedUntil = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(30);
        Map<Integer, Integer> due = new HashMap<>();
        for (int n = 1; n <= 10; n++) {
            LocalDate dueOn = LocalDate.of(2023, 8, 15).plusMonths(6L * n);
            if (!dueOn.isAfter(countedUntil)) {
                due.merge(dueOn.getYear(), 2, Integer::sum);
            }
        }
        assertThat(year(figures, 2024)).containsEntry("followUpsDue", due.get(2024)).containsEntry("followUpsOnTime", 4);
        assertThat(year(figures, 2025)).containsEntry("followUpsDue", due.get(2025)).containsEntry("followUpsOnTime", 0);
        int thisYear = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        assertThat(year(figures, thisYear)).containsEntry("resumptionSubmitted", 1).containsEntry("resumptionDecided", 0)
                .containsEntry("resumptionOverdue", 0);
        assertThat(year(figures, thisYear).get("resumptionAcceptedShare")).as("nothing decided: no share").isNull();

        String page = given().queryParam("court", COURT).get("/statistics").then().statusCode(200).extract().asString();
        assertThat(page).contains("<svg", "role=\"img\"", "<figcaption>终本结案占比(%)", "66.7");
        assertThat(given().header("Accept-Language", "en").get("/statistics").asString())
                .contains("Court transparency statistics");
        byte[] csv = given().get("/statistics/courts.csv").then().statusCode(200).extract().asByteArray();
        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(csv, java.nio.charset.StandardCharsets.UTF_8)).contains(COURT + ",", "全国");
    }

    @Test
    void courtsInYearAreEveryCourtsRowsOfThatYearWithoutTheNation() {
        // a court of its own, so the fixture of the other test stays as it is computed there
        String court = "琼0106";
        Intake.store(CaseFiles.fresh(court));
        assertThat(refresh.refresh().await().indefinitely()).isTrue();
        List<CourtYear> all = statistics.all().await().indefinitely();
        List<CourtYear> of2023 = statistics.courtsInYear(2023).await().indefinitely();

        assertThat(of2023).extracting(CourtYear::courtCode).contains(court).doesNotContain(StatisticsService.NATIONAL);
        assertThat(of2023).as("the rows the page used to filter out of every court's every year")
                .containsExactlyElementsOf(all.stream().filter(row -> !row.courtCode().isEmpty())
                        .filter(row -> row.year() == 2023).toList());
        assertThat(statistics.courtsInYear(null).await().indefinitely()).as("no year: every court's every year")
                .containsExactlyElementsOf(all.stream().filter(row -> !row.courtCode().isEmpty()).toList());
        assertThat(statistics.courtsInYear(1990).await().indefinitely()).isEmpty();
    }

    private static Map<String, Object> year(JsonPath figures, int year) {
        return figures.getMap("years.find { it.year == " + year + " }");
    }
}
