package org.zhongben.portal.cases;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.zhongben.portal.testsupport.CaseFiles;
import org.zhongben.portal.testsupport.Intake;
import org.zhongben.portal.testsupport.Sessions;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * From intake to the checklist and the follow-up schedule: stored results follow the stored file, the API and the
 * page show the same verdicts in both languages, and only the case's parties see them.
 */
@QuarkusTest
class CaseChecksApiTest {

    @Inject
    Pool pool;

    /** The example case, terminated exactly three months after docketing: too early by one day (C1). */
    private static ObjectNode terminatedTooEarly() {
        ObjectNode file = CaseFiles.fresh();
        CaseFiles.with(file, "ruling.ruledOn", "2023-05-01");
        CaseFiles.with(file, "closedOn", "2023-05-01");
        return file;
    }

    private List<String> stored(String caseNumber, String column) {
        Row row = pool.preparedQuery("""
                SELECT e.* FROM compliance_evaluation e JOIN enforcement_case c ON c.id = e.case_id
                WHERE c.case_number = $1""").execute(Tuple.of(caseNumber)).await().indefinitely().iterator().next();
        return List.of(row.getArrayOfStrings(column));
    }

    @Test
    void intakeStoresTheVerdictsOfTheFileItStored() {
        Intake.StoredCase early = Intake.store(terminatedTooEarly());
        Intake.StoredCase example = Intake.storeFresh();

        assertThat(stored(early.caseNumber(), "failed")).contains("C1");
        assertThat(stored(example.caseNumber(), "failed")).doesNotContain("C1").contains("C7", "P2");
        assertThat(stored(example.caseNumber(), "passed")).contains("C1", "C4", "C12", "P1");
    }

    @Test
    void theApiShowsEachCheckWithItsVerdictBasisEvidenceAndRemedy() {
        Intake.StoredCase early = Intake.store(terminatedTooEarly());
        String token = Sessions.caseLogin(early.caseNumber(), early.creditorCode());

        JsonPath answer = given().auth().oauth2(token).get("/api/v1/cases/{n}/compliance", early.caseNumber()).then()
                .statusCode(200).body("groups", hasSize(2)).body("groups[0].items", hasSize(14))
                .body("groups[1].items", hasSize(15)).extract().jsonPath();
        assertThat(answer.getString("groups[0].items[0].code")).isEqualTo("C1");
        assertThat(answer.getString("groups[0].items[0].verdict.code")).isEqualTo("FAIL");
        assertThat(answer.getString("groups[0].items[0].explanation")).contains("2023年2月1日", "2023年5月1日", "2023年5月2日");
        assertThat(answer.getString("groups[0].items[0].bases[0].tag")).isEqualTo("C");
        assertThat(answer.getList("groups[0].items[0].evidence.id", String.class)).containsExactly("D1");
        assertThat(answer.getString("groups[0].items[0].evidence[0].href")).isEqualTo("#ev-DOCUMENT-D1");
        assertThat(answer.getString("objection.failedChecks[0].code")).isEqualTo("C1");
        assertThat(answer.getString("objection.recommendedBy")).isEqualTo("2023-10-17");
        assertThat(answer.getInt("counts.failed"))
                .isEqualTo(answer.getList("groups.items.flatten().findAll { it.verdict.code == 'FAIL' }").size());

        given().auth().oauth2(token).header("Accept-Language", "en").get("/api/v1/cases/{n}/compliance", early.caseNumber())
                .then().statusCode(200).body("groups[0].items[0].explanation", containsString("1 Feb 2023"))
                .body("groups[0].items[0].verdict.label", equalTo("Not met"));
    }

    @Test
    void theFollowUpScheduleListsTheTenInquiriesAndTheDeadlines() {
        Intake.StoredCase example = Intake.storeFresh();
        String token = Sessions.caseLogin(example.caseNumber(), example.creditorCode());
        given().auth().oauth2(token).get("/api/v1/cases/{n}/follow-ups", example.caseNumber()).then().statusCode(200)
                .body("ruledOn", equalTo("2023-08-15")).body("windowEndsOn", equalTo("2028-08-15"))
                .body("inquiries", hasSize(10)).body("inquiries[0].dueOn", equalTo("2024-02-15"))
                .body("inquiries[0].state.code", equalTo("DONE")).body("inquiries[0].creditorTold", equalTo(true))
                .body("inquiries[1].creditorTold", equalTo(false)).body("inquiries[2].state.code", equalTo("OVERDUE"))
                .body("inquiries[9].dueOn", equalTo("2028-08-15"))
                .body("deadlines.kind", hasItem("CONTROL_EXPIRY"))
                .body("deadlines.find { it.kind == 'CONTROL_EXPIRY' }.dueOn", equalTo("2027-02-09"))
                .body("deadlines.find { it.kind == 'CONTROL_EXPIRY' }.duty.code", equalTo("CREDITOR"));
    }

    @Test
    void otherPartiesAndOutsidersCannotSeeTheChecks() {
        Intake.StoredCase mine = Intake.store(terminatedTooEarly());
        Intake.StoredCase other = Intake.storeFresh();
        String outsider = Sessions.caseLogin(other.caseNumber(), other.creditorCode());
        for (String path : List.of("/api/v1/cases/{n}/compliance", "/api/v1/cases/{n}/follow-ups")) {
            given().auth().oauth2(outsider).get(path, mine.caseNumber()).then().statusCode(404);
            given().get(path, mine.caseNumber()).then().statusCode(401);
        }
        given().cookie("portal_session", outsider).get("/cases/{n}/objection", mine.caseNumber()).then().statusCode(404);
        String debtor = Sessions.caseLogin(mine.caseNumber(), mine.debtorCode());
        given().cookie("portal_session", debtor).get("/cases/{n}/objection", mine.caseNumber()).then().statusCode(404);
        given().auth().oauth2(debtor).get("/api/v1/cases/{n}/compliance", mine.caseNumber()).then().statusCode(200)
                .body("objection", equalTo(null));
    }

    @Test
    void thePageShowsTheChecklistScheduleAndObjectionInBothLanguages() {
        Intake.StoredCase early = Intake.store(terminatedTooEarly());
        String token = Sessions.caseLogin(early.caseNumber(), early.creditorCode());
        String chinese = given().cookie("portal_session", token).get("/cases/{n}", early.caseNumber()).then()
                .statusCode(200).extract().asString();
        assertThat(chinese).contains("规定动作核对", "终本时间:立案满三个月后", "不符合", "对终本提出执行异议", "定期查询与期限",
                "href=\"#ev-DOCUMENT-D1\"", "id=\"ev-DOCUMENT-D1\"", "[C]");
        String english = given().cookie("portal_session", token).cookie("lang", "en").get("/cases/{n}", early.caseNumber())
                .then().statusCode(200).extract().asString();
        assertThat(english).contains("Prescribed actions checklist", "Not terminated within three months of docketing",
                "Object to the termination", "Follow-up inquiries and deadlines");

        String draft = given().cookie("portal_session", token).get("/cases/{n}/objection", early.caseNumber()).then()
                .statusCode(200).extract().asString();
        assertThat(draft).contains("执行异议申请书", "撤销(2023)京0105执1234号终结本次执行程序裁定", "终本时间:立案满三个月后",
                "北京市朝阳区人民法院", "张伟").doesNotContain("English translation");
        given().cookie("portal_session", token).cookie("lang", "en").get("/cases/{n}/objection", early.caseNumber()).then()
                .statusCode(200).body(containsString("English translation"))
                .body(containsString("Not terminated within three months of docketing"));
    }

    @Test
    void aCompliantTerminationOffersNoObjectionDraft() {
        ObjectNode file = CaseFiles.fresh();
        // the example's only pre-termination failure is the stale network query (C7): repeat it before the ruling
        CaseFiles.with(file, "networkQueries[0].submittedOn", "2023-07-20");
        for (int i = 0; i < file.get("networkQueries").get(0).get("results").size(); i++) {
            CaseFiles.with(file, "networkQueries[0].results[" + i + "].answeredOn", "2023-07-21");
        }
        Intake.StoredCase stored = Intake.store(file);
        assertThat(stored(stored.caseNumber(), "failed")).noneMatch(code -> code.startsWith("C"));
        String token = Sessions.caseLogin(stored.caseNumber(), stored.creditorCode());
        given().auth().oauth2(token).get("/api/v1/cases/{n}/compliance", stored.caseNumber()).then().statusCode(200)
                .body("objection", equalTo(null));
        given().cookie("portal_session", token).get("/cases/{n}/objection", stored.caseNumber()).then().statusCode(200)
                .body(containsString("没有可以列入异议的事项")).body(not(containsString("执行异议申请书</h2>")));
    }

    @Test
    void aResumedCaseUpdatesItsParentsVerdicts() {
        Intake.StoredCase parent = Intake.storeFresh();
        assertThat(stored(parent.caseNumber(), "passed")).contains("P11");

        String number = Intake.store(CaseFiles.resumptionOf(parent.caseNumber())).caseNumber();

        // both cases were terminated by 终本: the loop shows on the parent as well as on the child
        assertThat(stored(number, "failed")).contains("P11");
        assertThat(stored(parent.caseNumber(), "failed")).contains("P11");
    }
}
