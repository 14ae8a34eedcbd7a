package org.zhongben.portal.resumption;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zhongben.portal.accounts.Roles;
import org.zhongben.portal.casefile.CaseNumber;
import org.zhongben.portal.casefile.vocabulary.CaseType;
import org.zhongben.portal.testsupport.Browser;
import org.zhongben.portal.testsupport.CaseFiles;
import org.zhongben.portal.testsupport.Intake;
import org.zhongben.portal.testsupport.Sessions;
import org.zhongben.portal.testsupport.TestAccounts;
import org.zhongben.portal.testsupport.TestTokens;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The whole procedure through the pages, as people without JavaScript use them: the creditor files three clues and
 * two evidence files, the clerk asks for materials, the creditor answers, the clerk accepts with a 执恢 number, and
 * the creditor sees the decision and the linked case, in Chinese and in English.
 */
@QuarkusTest
class ResumptionFlowTest {

    @Inject
    Pool pool;

    @BeforeAll
    static void formsInUtf8() {
        // browsers post forms of UTF-8 pages in UTF-8; REST Assured's default is ISO-8859-1
        RestAssured.config = RestAssured.config()
                .encoderConfig(io.restassured.config.EncoderConfig.encoderConfig().defaultContentCharset("UTF-8"));
    }

    @Test
    void theWholeProcedureInChinese() {
        Outcome outcome = walkThrough("zh");
        assertThat(outcome.creditorPage()).contains("已恢复执行", "法院已决定恢复执行,新案号:", outcome.childCase(),
                "要求补充材料", "补充了材料", "决定恢复执行", "核查期限");
    }

    @Test
    void theWholeProcedureInEnglish() {
        Outcome outcome = walkThrough("en");
        assertThat(outcome.creditorPage()).contains("Accepted: enforcement resumed",
                "The court resumed enforcement as case", outcome.childCase(), "asked for more materials",
                "provided the materials", "accepted and resumed enforcement", "Verification clock");
    }

    record Outcome(String creditorPage, String childCase) {
    }

    private Outcome walkThrough(String language) {
        Intake.StoredCase stored = Intake.storeFresh();
        String number = stored.caseNumber();
        Browser creditor = new Browser(language).session(Sessions.caseLogin(number, stored.creditorCode()));

        // the editor is filled in from the case; three clues of three kinds
        String editor = creditor.get("/cases/{n}/resumption/new", 200, number);
        assertThat(editor).contains(number, "张伟", "1,200,000.00");
        addClue(creditor, number, "BANK_ACCOUNT", Fixtures.bankAccount("0200004509020123456"));
        addClue(creditor, number, "VEHICLE", Fixtures.vehicle());
        addClue(creditor, number, "REAL_ESTATE", Fixtures.realEstate());

        // two evidence files in one upload
        creditor.get("/cases/{n}/resumption/new", 200, number);
        Response uploaded = creditor.upload("/cases/{n}/resumption/evidence",
                Map.of("submission", Fixtures.first(Fixtures.SUBMISSION, creditor.page())),
                Map.of("流水.pdf", Fixtures.pdf("statement"), "car.jpg", Fixtures.jpeg()), number);
        String afterUpload = creditor.follow(uploaded);
        assertThat(afterUpload).contains("流水.pdf", "car.jpg");

        // declare and submit
        Response submitted = creditor.post("/cases/{n}/resumption/submit",
                Map.of("submission", submissionKey(afterUpload, "/submit"), "declared", "true"), number);
        String application = creditor.follow(submitted);
        assertThat(application).contains("badge--info");
        long id = Long.parseLong(submitted.header("Location").replaceAll(".*/resumption/(\\d+).*", "$1"));

        // the clerk of the court sees it in the queue and asks for materials
        long clerkId = TestAccounts.create(pool, Roles.CLERK, "书记员王", CaseFiles.COURT);
        Browser clerk = new Browser(language).session(TestTokens.clerk(clerkId, "书记员王", CaseFiles.COURT));
        assertThat(clerk.get("/court/resumption", 200)).contains(number, "/court/resumption/" + id);
        clerk.get("/court/resumption/{id}", 200, id);
        assertThat(clerk.page()).contains("银行", "流水.pdf", "SHA-256");
        clerk.follow(clerk.post("/court/resumption/{id}/materials",
                Map.of("version", version(clerk.page()), "message", "请补充车辆行驶证照片"), id));

        // the creditor sees the request, adds evidence and answers
        String asked = creditor.get("/cases/{n}/resumption/{id}", 200, number, id);
        assertThat(asked).contains("请补充车辆行驶证照片", "badge--warn");
        creditor.get("/cases/{n}/resumption/new", 200, number);
        creditor.follow(creditor.upload("/cases/{n}/resumption/evidence",
                Map.of("submission", Fixtures.first(Fixtures.SUBMISSION, creditor.page())),
                Map.of("行驶证.png", Fixtures.png(80, 60)), number));
        creditor.get("/cases/{n}/resumption/{id}", 200, number, id);
        creditor.follow(creditor.post("/cases/{n}/resumption/{id}/answer",
                Map.of("version", version(creditor.page()), "message", "已上传行驶证照片"), number, id));

        // the clerk records a check and accepts with a 执恢 number of the court
        clerk.get("/court/resumption/{id}", 200, id);
        assertThat(clerk.page()).contains("行驶证.png", "已上传行驶证照片");
        String child = CaseNumber.of(2026, CaseFiles.COURT, CaseType.ZHI_HUI, 9000 + id % 1000).render();
        clerk.follow(clerk.post("/court/resumption/{id}/accept",
                Map.of("version", version(clerk.page()), "childCaseNumber", child, "note", "车辆已查封"), id));

        String decided = creditor.get("/cases/{n}/resumption/{id}", 200, number, id);
        assertThat(decided).contains(child, "车辆已查封", "badge--pass");
        assertThat(count("SELECT count(*) FROM audit_event WHERE action = 'DECISION_RECORDED' AND subject = $1",
                "application:" + id)).isEqualTo(2);
        assertThat(count(
                "SELECT count(*) FROM outbox_event WHERE topic = 'resumption.accepted' AND payload->>'applicationId' = $1",
                String.valueOf(id))).isEqualTo(1);
        return new Outcome(decided, child);
    }

    @Test
    void aRefusedClueKeepsWhatWasTypedAndSaysWhatIsWrong() {
        Intake.StoredCase stored = Intake.storeFresh();
        Browser creditor = new Browser("zh").session(Sessions.caseLogin(stored.caseNumber(), stored.creditorCode()));
        creditor.get("/cases/{n}/resumption/new?type=VEHICLE", 200, stored.caseNumber());
        Response refused = creditor.post("/cases/{n}/resumption/clues", Map.of("type", "VEHICLE",
                "submission", Fixtures.first(Fixtures.SUBMISSION, creditor.page()), "plate", "京I12345",
                "brand", "红旗"), stored.caseNumber());
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.asString()).contains("value=\"京I12345\"", "value=\"红旗\"", "field--error", "aria-invalid");
        assertThat(count("SELECT count(*) FROM resumption_application WHERE case_number = $1", stored.caseNumber()))
                .isZero();
    }

    @Test
    void aDoubleClickedFormTakesEffectOnce() {
        Intake.StoredCase stored = Intake.storeFresh();
        Browser creditor = new Browser("zh").session(Sessions.caseLogin(stored.caseNumber(), stored.creditorCode()));
        creditor.get("/cases/{n}/resumption/new?type=VEHICLE", 200, stored.caseNumber());
        Map<String, String> form = new LinkedHashMap<>(Fixtures.vehicle());
        form.put("type", "VEHICLE");
        form.put("submission", Fixtures.first(Fixtures.SUBMISSION, creditor.page()));
        assertThat(creditor.post("/cases/{n}/resumption/clues", form, stored.caseNumber()).statusCode()).isEqualTo(303);
        assertThat(creditor.post("/cases/{n}/resumption/clues", form, stored.caseNumber()).statusCode()).isEqualTo(303);
        assertThat(count("""
                SELECT count(*) FROM resumption_clue c JOIN resumption_application a ON a.id = c.application_id
                WHERE a.case_number = $1""", stored.caseNumber())).isEqualTo(1);
    }

    @Test
    void aClerkOfAnotherCourtAndOtherCreditorsFindNothing() {
        Intake.StoredCase stored = Intake.storeFresh();
        long id = submitted(stored);

        long otherClerk = TestAccounts.create(pool, Roles.CLERK, "书记员李", "沪0105");
        Browser stranger = new Browser("zh").session(TestTokens.clerk(otherClerk, "书记员李", "沪0105"));
        assertThat(stranger.get("/court/resumption", 200)).doesNotContain(stored.caseNumber());
        stranger.get("/court/resumption/{id}", 404, id);
        // an action posted straight at the other court's application is refused the same way
        stranger.get("/court/resumption", 200);
        assertThat(stranger.post("/court/resumption/{id}/accept", Map.of("version", "1",
                "childCaseNumber", "(2026)京0105执恢1号"), id).statusCode()).isEqualTo(404);

        Intake.StoredCase other = Intake.storeFresh();
        Browser otherCreditor = new Browser("zh").session(Sessions.caseLogin(other.caseNumber(), other.creditorCode()));
        otherCreditor.get("/cases/{n}/resumption/{id}", 404, stored.caseNumber(), id);
        otherCreditor.get("/cases/{n}/resumption/{id}", 404, other.caseNumber(), id);

        // a creditor is not court staff
        otherCreditor.get("/court/resumption", 404);
    }

    @Test
    void theStateMachineRefusesWhatItDoesNotAllowWithAClearMessage() {
        Intake.StoredCase stored = Intake.storeFresh();
        long id = submitted(stored);
        long clerkId = TestAccounts.create(pool, Roles.CLERK, "书记员王", CaseFiles.COURT);
        Browser clerk = new Browser("zh").session(TestTokens.clerk(clerkId, "书记员王", CaseFiles.COURT));
        clerk.get("/court/resumption/{id}", 200, id);
        String version = version(clerk.page());

        // a 执恢 number of another court is not this court's docket
        Response wrongCourt = clerk.post("/court/resumption/{id}/accept",
                Map.of("version", version, "childCaseNumber", "(2026)沪0105执恢3号"), id);
        assertThat(wrongCourt.statusCode()).isEqualTo(400);
        assertThat(wrongCourt.asString()).contains("执恢案号");

        // rejecting for "another reason" needs the reason spelt out
        Response unexplained = clerk.post("/court/resumption/{id}/reject", Map.of("version", version, "reason", "OTHER"),
                id);
        assertThat(unexplained.statusCode()).isEqualTo(400);

        clerk.follow(clerk.post("/court/resumption/{id}/reject",
                Map.of("version", version, "reason", "CLUE_NOT_CONFIRMED", "note", "该车辆已登记在案外人名下"), id));
        // decided: asking for materials is no longer possible, and a stale form says so
        Response late = clerk.post("/court/resumption/{id}/materials",
                Map.of("version", count("SELECT version FROM resumption_application WHERE id = $1", id), "message", "请补充"),
                id);
        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(late.asString()).contains("申请目前的状态不允许这个操作");
        Response stale = clerk.post("/court/resumption/{id}/materials", Map.of("version", version, "message", "请补充"),
                id);
        assertThat(stale.statusCode()).isEqualTo(409);

        Browser creditor = new Browser("en").session(Sessions.caseLogin(stored.caseNumber(), stored.creditorCode()));
        assertThat(creditor.get("/cases/{n}/resumption/{id}", 200, stored.caseNumber(), id))
                .contains("The court rejected the application", "The clues were checked and not confirmed",
                        "该车辆已登记在案外人名下");
    }

    @Test
    void theCourtSystemReportingThe执恢CaseClosesTheApplicationAsAccepted() {
        Intake.StoredCase stored = Intake.storeFresh();
        long id = submitted(stored);
        ObjectNode child = CaseFiles.fresh();
        String number = CaseNumber.of(2026, CaseFiles.COURT, CaseType.ZHI_HUI, 5000 + id % 1000).render();
        child.put("caseNumber", number);
        child.put("parentCaseNumber", stored.caseNumber());
        Intake.store(child);

        Browser creditor = new Browser("zh").session(Sessions.caseLogin(stored.caseNumber(), stored.creditorCode()));
        assertThat(creditor.get("/cases/{n}/resumption/{id}", 200, stored.caseNumber(), id))
                .contains("已恢复执行", number, "法院系统报送了恢复执行案件");
        assertThat(count("SELECT count(*) FROM resumption_application WHERE id = $1 AND child_case_id IS NOT NULL", id))
                .isEqualTo(1);
    }

    /** Files an application with one clue through the API and returns its id. */
    private static long submitted(Intake.StoredCase stored) {
        String token = Sessions.caseLogin(stored.caseNumber(), stored.creditorCode());
        return RestAssured.given().auth().oauth2(token).header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                .contentType("application/json").body(Fixtures.threeClues().toString())
                .post("/api/v1/cases/{n}/resumption-applications", stored.caseNumber()).then().statusCode(201).extract()
                .jsonPath().getLong("id");
    }

    private static void addClue(Browser creditor, String number, String type, Map<String, String> fields) {
        creditor.get("/cases/{n}/resumption/new?type=" + type, 200, number);
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put("type", type);
        form.put("submission", Fixtures.first(Fixtures.SUBMISSION, creditor.page()));
        Response saved = creditor.post("/cases/{n}/resumption/clues", form, number);
        assertThat(saved.statusCode()).as(saved.asString()).isEqualTo(303);
    }

    /** The submission key of the form posting to {@code action} on the page. */
    private static String submissionKey(String page, String action) {
        int form = page.indexOf(action + "\"");
        assertThat(form).as("form " + action).isPositive();
        return Fixtures.first(Fixtures.SUBMISSION, page.substring(form));
    }

    private static String version(String page) {
        return Fixtures.first(Fixtures.VERSION, page);
    }

    private long count(String sql, Object parameter) {
        return pool.preparedQuery(sql).execute(Tuple.of(parameter)).await().indefinitely().iterator().next().getLong(0);
    }
}
