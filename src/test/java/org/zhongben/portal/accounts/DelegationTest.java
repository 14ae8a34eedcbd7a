package org.zhongben.portal.accounts;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zhongben.portal.testsupport.Browser;
import org.zhongben.portal.testsupport.CaseFiles;
import org.zhongben.portal.testsupport.Intake;
import org.zhongben.portal.testsupport.Sessions;
import org.zhongben.portal.testsupport.TestAccounts;
import org.zhongben.portal.testsupport.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Lawyers acting for creditors, by the access matrix: a lawyer sees a case only while a clerk-approved or
 * creditor-granted authorisation is active, unexpired and the licence checked; revocation bites on the next request.
 */
@QuarkusTest
class DelegationTest {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");
    private static final String CREDITOR_NAME = "北京示例商贸有限公司";
    private static final String NEXT_YEAR = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusYears(1)
            .toString();

    @Inject
    Pool pool;

    @BeforeAll
    static void formsInUtf8() {
        RestAssured.config = RestAssured.config()
                .encoderConfig(io.restassured.config.EncoderConfig.encoderConfig().defaultContentCharset("UTF-8"));
    }

    record Lawyer(long id, String token, String email, String licence) {
    }

    private Lawyer lawyer(boolean verified) {
        long id = TestAccounts.lawyer(pool, "王律师", verified);
        String licence = pool.preparedQuery("SELECT licence_number FROM lawyer_profile WHERE account_id = $1")
                .execute(Tuple.of(id)).await().indefinitely().iterator().next().getString(0);
        String email = pool.preparedQuery("SELECT email FROM account WHERE id = $1").execute(Tuple.of(id)).await()
                .indefinitely().iterator().next().getString(0);
        return new Lawyer(id, TestTokens.account(id, Roles.LAWYER, "王律师"), email, licence);
    }

    private Browser clerk(String court) {
        long id = TestAccounts.create(pool, Roles.CLERK, "书记员", court);
        return new Browser("zh").session(TestTokens.clerk(id, "书记员", court));
    }

    private static Response request(Lawyer lawyer, String caseNumber, String creditor, byte[] attorney) {
        Browser desk = new Browser("zh").session(lawyer.token());
        desk.get("/lawyer", 200);
        return desk.upload("/lawyer/requests", "attorney", Map.of("caseNumber", caseNumber, "creditorName", creditor,
                "expiresOn", NEXT_YEAR), Map.of("授权委托书.pdf", attorney));
    }

    private static byte[] pdf() {
        return "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    private static int caseStatus(Lawyer lawyer, String caseNumber) {
        return given().auth().oauth2(lawyer.token()).get("/api/v1/cases/{n}", caseNumber).statusCode();
    }

    @Test
    void aLawyerWithAnApprovedPowerOfAttorneySeesTheCaseAndCanApplyForResumption() {
        Intake.StoredCase stored = Intake.storeFresh();
        Lawyer lawyer = lawyer(true);
        assertThat(caseStatus(lawyer, stored.caseNumber())).isEqualTo(404);

        Response requested = request(lawyer, stored.caseNumber(), CREDITOR_NAME, pdf());
        assertThat(requested.statusCode()).as(requested.asString()).isEqualTo(303);
        assertThat(caseStatus(lawyer, stored.caseNumber())).as("still waiting for the court").isEqualTo(404);

        // a clerk of another court does not see the request, and cannot decide it
        Browser stranger = clerk("沪0105");
        assertThat(stranger.get("/court/lawyers", 200)).doesNotContain(stored.caseNumber());
        long id = delegationId(stored.caseNumber());
        assertThat(stranger.post("/court/lawyers/requests/{id}", Map.of("version", "0", "decision", "approve"), id)
                .statusCode()).isEqualTo(404);

        Browser clerk = clerk(CaseFiles.COURT);
        String queue = clerk.get("/court/lawyers", 200);
        assertThat(queue).contains(stored.caseNumber(), "授权委托书.pdf", lawyer.licence());
        String attorney = given().cookie("portal_session", TestTokens.clerk(TestAccounts.create(pool, Roles.CLERK, "书记员",
                CaseFiles.COURT), "书记员", CaseFiles.COURT)).get("/court/lawyers/requests/{id}/attorney", id).asString();
        assertThat(attorney).startsWith("%PDF");
        clerk.follow(clerk.post("/court/lawyers/requests/{id}", Map.of("version", Browser.first(VERSION, queue),
                "decision", "approve", "expiresOn", NEXT_YEAR), id));

        assertThat(caseStatus(lawyer, stored.caseNumber())).isEqualTo(200);
        // the lawyer files for resumption on the creditor's behalf
        given().auth().oauth2(lawyer.token()).header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType("application/json").body("""
                        {"declared":true,"clues":[{"type":"VEHICLE","fields":{"plate":"京A12345"}}]}""")
                .post("/api/v1/cases/{n}/resumption-applications", stored.caseNumber()).then().statusCode(201);

        // the creditor sees the lawyer and revokes; the very next request of the lawyer is refused
        Browser creditor = new Browser("zh").session(Sessions.caseLogin(stored.caseNumber(), stored.creditorCode()));
        assertThat(creditor.get("/cases/{n}/lawyers", 200, stored.caseNumber())).contains("王律师", "有效");
        creditor.follow(creditor.post("/cases/{n}/lawyers/{id}/revoke", Map.of(), stored.caseNumber(), id));
        assertThat(caseStatus(lawyer, stored.caseNumber())).isEqualTo(404);
        assertThat(audit(stored.caseNumber())).contains("DELEGATION_REQUESTED", "DELEGATION_APPROVED",
                "DELEGATION_REVOKED");
        // each step is announced to whom it concerns: the creditor's party, the lawyer, or both
        java.util.List<String> told = new java.util.ArrayList<>();
        pool.preparedQuery(
                """
                        SELECT o.topic || ' ' || coalesce(o.payload->>'notifyParty', '-') || ' ' || coalesce(o.payload->>'notifyAccounts', '-')
                        FROM outbox_event o WHERE o.dedup_key LIKE $1 ORDER BY o.id""")
                .execute(Tuple.of("delegation:" + id + ":%"))
                .await().indefinitely().forEach(row -> told.add(row.getString(0)));
        assertThat(told).hasSize(3);
        assertThat(told.get(0)).startsWith("delegation.requested ").endsWith(" -");
        assertThat(told.get(1)).startsWith("delegation.approved ").endsWith("[" + lawyer.id() + "]");
        assertThat(told.get(2)).isEqualTo("delegation.revoked - [" + lawyer.id() + "]");
    }

    @Test
    void anUnverifiedLawyerCanNeitherAskNorBeGranted() {
        Intake.StoredCase stored = Intake.storeFresh();
        Lawyer lawyer = lawyer(false);
        Response refused = request(lawyer, stored.caseNumber(), CREDITOR_NAME, pdf());
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.asString()).contains("核验");

        Browser creditor = new Browser("zh").session(Sessions.caseLogin(stored.caseNumber(), stored.creditorCode()));
        creditor.get("/cases/{n}/lawyers", 200, stored.caseNumber());
        Response grant = creditor.post("/cases/{n}/lawyers/grant", Map.of("email", lawyer.email(),
                "licenceNumber", lawyer.licence(), "expiresOn", NEXT_YEAR), stored.caseNumber());
        assertThat(grant.statusCode()).isEqualTo(400);
        assertThat(caseStatus(lawyer, stored.caseNumber())).isEqualTo(404);
    }

    @Test
    void aCreditorGrantsDirectlyAndAnExpiredAuthorisationGivesNothing() {
        Intake.StoredCase stored = Intake.storeFresh();
        Lawyer lawyer = lawyer(true);
        Browser creditor = new Browser("en").session(Sessions.caseLogin(stored.caseNumber(), stored.creditorCode()));
        creditor.get("/cases/{n}/lawyers", 200, stored.caseNumber());
        creditor.follow(creditor.post("/cases/{n}/lawyers/grant", Map.of("email", lawyer.email().toUpperCase(),
                "licenceNumber", lawyer.licence(), "expiresOn", NEXT_YEAR), stored.caseNumber()));
        assertThat(creditor.page()).contains("The lawyer is authorised.", "Active");
        assertThat(caseStatus(lawyer, stored.caseNumber())).isEqualTo(200);

        pool.preparedQuery("UPDATE delegation SET expires_on = current_date - 1 WHERE case_number = $1")
                .execute(Tuple.of(stored.caseNumber())).await().indefinitely();
        assertThat(caseStatus(lawyer, stored.caseNumber())).isEqualTo(404);
    }

    @Test
    void wrongCreditorNamesUnknownCasesAndNonPdfsAreRefusedAlike() {
        Intake.StoredCase stored = Intake.storeFresh();
        Lawyer lawyer = lawyer(true);
        Response wrongName = request(lawyer, stored.caseNumber(), "某某公司", pdf());
        Response unknownCase = request(lawyer, "(2023)京0105执999999号", CREDITOR_NAME, pdf());
        assertThat(wrongName.statusCode()).isEqualTo(400);
        assertThat(unknownCase.statusCode()).isEqualTo(400);
        assertThat(wrongName.asString()).contains("案号与申请执行人名称不匹配");
        assertThat(unknownCase.asString()).contains("案号与申请执行人名称不匹配");
        Response notPdf = request(lawyer, stored.caseNumber(), CREDITOR_NAME, "just text".getBytes(StandardCharsets.UTF_8));
        assertThat(notPdf.statusCode()).isEqualTo(400);
        assertThat(notPdf.asString()).contains("PDF");
    }

    @Test
    void otherPeopleCannotManageTheLawyersOfACase() {
        Intake.StoredCase stored = Intake.storeFresh();
        Intake.StoredCase other = Intake.storeFresh();
        Lawyer lawyer = lawyer(true);
        Browser creditor = new Browser("zh").session(Sessions.caseLogin(stored.caseNumber(), stored.creditorCode()));
        creditor.get("/cases/{n}/lawyers", 200, stored.caseNumber());
        creditor.follow(creditor.post("/cases/{n}/lawyers/grant", Map.of("email", lawyer.email(),
                "licenceNumber", lawyer.licence(), "expiresOn", NEXT_YEAR), stored.caseNumber()));
        long id = delegationId(stored.caseNumber());

        Browser stranger = new Browser("zh").session(Sessions.caseLogin(other.caseNumber(), other.creditorCode()));
        stranger.get("/cases/{n}/lawyers", 404, stored.caseNumber());
        stranger.get("/cases/{n}/lawyers", 200, other.caseNumber());
        assertThat(stranger.post("/cases/{n}/lawyers/{id}/revoke", Map.of(), other.caseNumber(), id).statusCode())
                .isEqualTo(404);
        Browser debtor = new Browser("zh").session(Sessions.caseLogin(stored.caseNumber(), stored.debtorCode()));
        debtor.get("/cases/{n}/lawyers", 404, stored.caseNumber());
        // the lawyer itself sees the case, but not the page that manages lawyers
        new Browser("zh").session(lawyer.token()).get("/cases/{n}/lawyers", 404, stored.caseNumber());
        assertThat(caseStatus(lawyer, stored.caseNumber())).isEqualTo(200);
        given().redirects().follow(false).get("/cases/{n}/lawyers", stored.caseNumber()).then().statusCode(303);
    }

    @Test
    void aLawyerRegistersWithAChecked17DigitLicenceAndAClerkChecksIt() {
        Browser visitor = new Browser("zh");
        visitor.get("/register", 200);
        Response bad = visitor.post("/register", Map.of("email", "lawyer-" + UUID.randomUUID() + "@test.cn",
                "password", "a-long-password", "displayName", "李律师", "kind", "LAWYER", "lawFirm", "某所",
                "licenceNumber", "1234"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.asString()).contains("执业证号应为17位数字");

        String email = "lawyer-" + UUID.randomUUID() + "@test.cn";
        String licence = "1"
                + String.format("%016d", Math.abs(UUID.randomUUID().getLeastSignificantBits()) % 1_0000_0000_0000_0000L);
        visitor.get("/register", 200);
        assertThat(visitor.post("/register", Map.of("email", email, "password", "a-long-password",
                "displayName", "李律师", "kind", "LAWYER", "lawFirm", "上海某律师事务所",
                "licenceNumber", licence.substring(0, 5) + " " + licence.substring(5))).statusCode()).isEqualTo(200);
        long accountId = pool.preparedQuery("""
                SELECT a.id FROM account a JOIN lawyer_profile l ON l.account_id = a.id
                WHERE a.email = $1 AND a.role = 'lawyer' AND l.licence_number = $2 AND l.verified_at IS NULL""")
                .execute(Tuple.of(email, licence)).await().indefinitely().iterator().next().getLong(0);

        Browser clerk = clerk(CaseFiles.COURT);
        assertThat(clerk.get("/court/lawyers", 200)).contains(licence, "上海某律师事务所");
        Response unexplained = clerk.post("/court/lawyers/licences/{id}", Map.of("decision", "refuse"), accountId);
        assertThat(unexplained.statusCode()).isEqualTo(409);
        clerk.get("/court/lawyers", 200);
        clerk.follow(clerk.post("/court/lawyers/licences/{id}", Map.of("decision", "verify"), accountId));
        assertThat(clerk.page()).doesNotContain(licence);
        assertThat(pool.preparedQuery("SELECT verified_at IS NOT NULL FROM lawyer_profile WHERE account_id = $1")
                .execute(Tuple.of(accountId)).await().indefinitely().iterator().next().getBoolean(0)).isTrue();
    }

    private long delegationId(String caseNumber) {
        return pool.preparedQuery("SELECT id FROM delegation WHERE case_number = $1 ORDER BY id DESC LIMIT 1")
                .execute(Tuple.of(caseNumber)).await().indefinitely().iterator().next().getLong(0);
    }

    private String audit(String caseNumber) {
        StringBuilder actions = new StringBuilder();
        pool.preparedQuery("""
                SELECT e.action FROM audit_event e JOIN enforcement_case c ON c.id = e.case_id
                WHERE c.case_number = $1 ORDER BY e.id""").execute(Tuple.of(caseNumber)).await().indefinitely()
                .forEach(row -> actions.append(row.getString(0)).append(' '));
        return actions.toString();
    }
}
