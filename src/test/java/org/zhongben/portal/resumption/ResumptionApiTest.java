package org.zhongben.portal.resumption;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.zhongben.portal.testsupport.CaseFiles;
import org.zhongben.portal.testsupport.Intake;
import org.zhongben.portal.testsupport.MultipartBody;
import org.zhongben.portal.testsupport.Sessions;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/** The API law-firm systems use: filing with clues and evidence, idempotency, limits, who may see what. */
@QuarkusTest
class ResumptionApiTest {

    private static final String API = "/api/v1/cases/{n}/resumption-applications";

    @Inject
    Pool pool;

    private static Response post(String token, String caseNumber, String key, ObjectNode body) {
        return given().auth().oauth2(token).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(body.toString()).post(API, caseNumber);
    }

    @Test
    void aCreditorFilesThreeCluesAndTheCourtsClockStartsAtSevenDays() {
        Intake.StoredCase stored = Intake.storeFresh();
        String token = Sessions.caseLogin(stored.caseNumber(), stored.creditorCode());
        Response created = post(token, stored.caseNumber(), UUID.randomUUID().toString(), Fixtures.threeClues());
        created.then().statusCode(201).header("Location", containsString("/resumption-applications/"))
                .body("state.code", equalTo("SUBMITTED")).body("clues", hasSize(3))
                .body("clock.days", equalTo(7)).body("clock.state.code", equalTo("RUNNING"))
                .body("verifyDueOn", equalTo(LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(7).toString()))
                .body("clues.type.code", hasItem("VEHICLE"));
        // masked in the summary: never the whole account number
        assertThat(created.jsonPath().getList("clues.summary", String.class)).noneMatch(s -> s.contains("0200004509020123456"));

        given().auth().oauth2(token).get(API, stored.caseNumber()).then().statusCode(200).body("", hasSize(1))
                .body("[0].state.code", equalTo("SUBMITTED"));
        // the court is told through the outbox, and the verification deadline is tracked
        long id = created.jsonPath().getLong("id");
        assertThat(count("SELECT count(*) FROM outbox_event WHERE payload->>'applicationId' = $1", String.valueOf(id)))
                .isGreaterThanOrEqualTo(2);
        assertThat(count("SELECT count(*) FROM tracked_deadline WHERE kind = 'RESUMPTION_VERIFICATION' AND subject = $1",
                String.valueOf(id))).isEqualTo(1);
    }

    @Test
    void urgentControlShortensTheClockToThreeDaysAndNeedsAReason() {
        Intake.StoredCase stored = Intake.storeFresh();
        String token = Sessions.caseLogin(stored.caseNumber(), stored.creditorCode());
        ObjectNode body = Fixtures.threeClues().put("urgent", true);
        post(token, stored.caseNumber(), UUID.randomUUID().toString(), body).then().statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("code", equalTo("resumption/urgent-reason-required"));
        body.put("urgentReason", "被执行人正在出售该房产");
        post(token, stored.caseNumber(), UUID.randomUUID().toString(), body).then().statusCode(201)
                .body("urgent", equalTo(true)).body("clock.days", equalTo(3))
                .body("verifyDueOn", equalTo(LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(3).toString()));
    }

    @Test
    void invalidCluesComeBackFieldByFieldAndNothingIsStored() {
        Intake.StoredCase stored = Intake.storeFresh();
        String token = Sessions.caseLogin(stored.caseNumber(), stored.creditorCode());
        Map<String, Map<String, String>> clues = new LinkedHashMap<>();
        clues.put("BANK_ACCOUNT", Fixtures.bankAccount("12ab"));
        clues.put("VEHICLE", Map.of("plate", "XA12345"));
        clues.put("EQUITY", Map.of("company", "某某科技有限公司", "creditCode", "91110105MA01ABCD10"));
        clues.put("TELEPORTER", Map.of("x", "y"));
        given().auth().oauth2(token).header("Idempotency-Key", UUID.randomUUID().toString()).header("Accept-Language", "en")
                .contentType(ContentType.JSON).body(Fixtures.application(true, clues).toString())
                .post(API, stored.caseNumber()).then().statusCode(400)
                .body("code", equalTo("resumption/invalid-clues"))
                .body("errors.field", hasItem("clues[0].accountNumber"))
                .body("errors.field", hasItem("clues[1].plate"))
                .body("errors.field", hasItem("clues[2].creditCode"))
                .body("errors.field", hasItem("clues[3].type"));
        assertThat(applications(stored.caseNumber())).isZero();
    }

    @Test
    void theIdempotencyKeyIsRequired() {
        Intake.StoredCase stored = Intake.storeFresh();
        String token = Sessions.caseLogin(stored.caseNumber(), stored.creditorCode());
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Fixtures.threeClues().toString())
                .post(API, stored.caseNumber()).then().statusCode(400)
                .body("code", equalTo("resumption/idempotency-key-required"));
    }

    @Test
    void fiftyConcurrentCopiesOfOneSubmissionMakeExactlyOneApplication() throws Exception {
        Intake.StoredCase stored = Intake.storeFresh();
        String token = Sessions.caseLogin(stored.caseNumber(), stored.creditorCode());
        String key = UUID.randomUUID().toString();
        ObjectNode body = Fixtures.threeClues();
        ExecutorService pool = Executors.newFixedThreadPool(50);
        List<Callable<Response>> copies = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            copies.add(() -> post(token, stored.caseNumber(), key, body));
        }
        List<Response> answers = new ArrayList<>();
        try {
            for (Future<Response> answer : pool.invokeAll(copies)) {
                answers.add(answer.get());
            }
        } finally {
            pool.shutdown();
        }
        assertThat(answers).extracting(Response::statusCode).containsOnly(200, 201);
        assertThat(answers).filteredOn(answer -> answer.statusCode() == 201).hasSize(1);
        assertThat(answers).filteredOn(answer -> answer.statusCode() == 200)
                .allSatisfy(answer -> assertThat(answer.header("Idempotency-Replayed")).isEqualTo("true"));
        assertThat(answers).extracting(answer -> answer.jsonPath().getLong("id")).containsOnly(
                answers.get(0).jsonPath().getLong("id"));
        assertThat(applications(stored.caseNumber())).isEqualTo(1);
        assertThat(count("""
                SELECT count(*) FROM resumption_clue c JOIN resumption_application a ON a.id = c.application_id
                WHERE a.case_number = $1""", stored.caseNumber())).isEqualTo(3);
    }

    @Test
    void furtherCluesJoinTheOpenApplicationAndRepeatedPropertyIsFlagged() {
        Intake.StoredCase stored = Intake.storeFresh();
        String token = Sessions.caseLogin(stored.caseNumber(), stored.creditorCode());
        long first = post(token, stored.caseNumber(), UUID.randomUUID().toString(), Fixtures.threeClues()).then()
                .statusCode(201).extract().jsonPath().getLong("id");
        Map<String, Map<String, String>> more = new LinkedHashMap<>();
        // the same account, typed with spaces and full-width digits
        more.put("BANK_ACCOUNT", Fixtures.bankAccount("０２００ ００４５ ０９０２ ０１２３ ４５６"));
        more.put("EQUITY", Map.of("company", "某某科技有限公司", "creditCode", Fixtures.creditCode("91110105MA01ABCD1"),
                "share", "30"));
        Response joined = post(token, stored.caseNumber(), UUID.randomUUID().toString(), Fixtures.application(true, more));
        joined.then().statusCode(200).body("id", equalTo((int) first)).body("clues", hasSize(5))
                .body("state.code", equalTo("SUBMITTED"));
        List<Map<String, Object>> clues = joined.jsonPath().getList("clues");
        assertThat(clues.get(3).get("duplicateOf")).as("the repeated bank account").isNotNull();
        assertThat(clues.get(4).get("duplicateOf")).as("a new equity clue").isNull();
        assertThat(clues.get(0).get("duplicateOf")).isNull();
    }

    @Test
    void evidenceGoesWithTheApplicationInOneMultipartRequestAndComesBackByteForByte() throws Exception {
        Intake.StoredCase stored = Intake.storeFresh();
        String token = Sessions.caseLogin(stored.caseNumber(), stored.creditorCode());
        byte[] pdf = Fixtures.pdf("bank statement");
        byte[] png = Fixtures.png(300, 200);
        Response created = new MultipartBody().json("application", Fixtures.threeClues().toString())
                .file("evidence", "../../etc/银行流水.pdf", pdf, "application/pdf")
                .file("evidence", "photo.png", png, "image/png")
                .on(given().auth().oauth2(token).header("Idempotency-Key", UUID.randomUUID().toString()))
                .post(API, stored.caseNumber());
        created.then().log().ifValidationFails().statusCode(201).body("evidence", hasSize(2))
                .body("evidence[0].fileName", equalTo("银行流水.pdf"))
                .body("evidence[0].contentType", equalTo("application/pdf"))
                .body("evidence[0].sha256", equalTo(sha256(pdf)))
                .body("evidence[1].contentType", equalTo("image/png"));
        String href = created.jsonPath().getString("evidence[0].href");
        long id = created.jsonPath().getLong("id");
        long evidenceId = created.jsonPath().getLong("evidence[0].id");
        Response download = given().auth().oauth2(token)
                .get(API + "/{id}/evidence/{e}", stored.caseNumber(), id, evidenceId);
        download.then().statusCode(200).contentType(containsString("application/pdf"))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", containsString("attachment"))
                .header("Repr-Digest", "sha-256=:" + Base64.getEncoder().encodeToString(digest(pdf)) + ":");
        assertThat(download.asByteArray()).isEqualTo(pdf);
        assertThat(href).contains("/resumption/" + id + "/evidence/" + evidenceId);

        Intake.StoredCase other = Intake.storeFresh();
        String stranger = Sessions.caseLogin(other.caseNumber(), other.creditorCode());
        given().auth().oauth2(stranger).get(API + "/{id}/evidence/{e}", stored.caseNumber(), id, evidenceId).then()
                .statusCode(404);
        given().auth().oauth2(stranger).get(API + "/{id}/evidence/{e}", other.caseNumber(), id, evidenceId).then()
                .statusCode(404);
    }

    @Test
    void aMultipartPostThatCarriesCookiesNeedsItsCsrfToken() {
        Intake.StoredCase stored = Intake.storeFresh();
        String token = Sessions.caseLogin(stored.caseNumber(), stored.creditorCode());
        // a browser sends cookies by itself, so a request with any cookie is checked like a form
        new MultipartBody().json("application", Fixtures.threeClues().toString())
                .on(given().auth().oauth2(token).cookie("portal_session", token)
                        .header("Idempotency-Key", UUID.randomUUID().toString()))
                .post(API, stored.caseNumber()).then().statusCode(400);
        assertThat(applications(stored.caseNumber())).isZero();
        // the same request without the cookie is an API call
        new MultipartBody().json("application", Fixtures.threeClues().toString())
                .on(given().auth().oauth2(token).header("Idempotency-Key", UUID.randomUUID().toString()))
                .post(API, stored.caseNumber()).then().statusCode(201);
    }

    @Test
    void uploadAttacksAreRefusedWithTheReasonAndNothingIsKept() {
        Intake.StoredCase stored = Intake.storeFresh();
        String token = Sessions.caseLogin(stored.caseNumber(), stored.creditorCode());
        record Attack(String name, byte[] content, String declared, String code) {
        }
        List<Attack> attacks = List.of(
                new Attack("empty.pdf", new byte[0], "application/pdf", "empty"),
                new Attack("script.pdf", "#!/bin/sh\nrm -rf /\n".getBytes(), "application/pdf", "unsupported_type"),
                new Attack("page.png", "<html><script>alert(1)</script></html>".getBytes(), "image/png",
                        "unsupported_type"),
                new Attack("truncated.pdf", "%PDF-1.4\n1 0 obj".getBytes(), "application/pdf", "corrupt"),
                new Attack("bomb.png", Fixtures.pngBomb(), "image/png", "image_too_large"),
                new Attack("huge.pdf", oversizedPdf(), "application/pdf", "too_large"));
        for (Attack attack : attacks) {
            new MultipartBody().json("application", Fixtures.threeClues().toString())
                    .file("evidence", attack.name(), attack.content(), attack.declared())
                    .on(given().auth().oauth2(token).header("Idempotency-Key", UUID.randomUUID().toString()))
                    .post(API, stored.caseNumber()).then().statusCode(400)
                    .body("code", equalTo("resumption/evidence-rejected"))
                    .body("errors[0].code", equalTo(attack.code()));
        }
        assertThat(applications(stored.caseNumber())).as("a refused upload refuses the whole request").isZero();
    }

    @Test
    void aRequestLargerThanAWholeApplicationIsCutOffBeforeItIsRead() {
        Intake.StoredCase stored = Intake.storeFresh();
        String token = Sessions.caseLogin(stored.caseNumber(), stored.creditorCode());
        new MultipartBody().json("application", Fixtures.threeClues().toString())
                .file("evidence", "big.pdf", new byte[3 * 1024 * 1024], "application/pdf")
                .on(given().auth().oauth2(token).header("Idempotency-Key", UUID.randomUUID().toString()))
                .post(API, stored.caseNumber()).then().statusCode(413);
    }

    @Test
    void otherPeopleSeeNothing() {
        Intake.StoredCase stored = Intake.storeFresh();
        Intake.StoredCase other = Intake.storeFresh();
        String creditor = Sessions.caseLogin(stored.caseNumber(), stored.creditorCode());
        long id = post(creditor, stored.caseNumber(), UUID.randomUUID().toString(), Fixtures.threeClues()).then()
                .statusCode(201).extract().jsonPath().getLong("id");

        String otherCreditor = Sessions.caseLogin(other.caseNumber(), other.creditorCode());
        post(otherCreditor, stored.caseNumber(), UUID.randomUUID().toString(), Fixtures.threeClues()).then()
                .statusCode(404);
        given().auth().oauth2(otherCreditor).get(API + "/{id}", stored.caseNumber(), id).then().statusCode(404);
        // the application id of another case is not found through one's own case either
        given().auth().oauth2(otherCreditor).get(API + "/{id}", other.caseNumber(), id).then().statusCode(404);

        String debtor = Sessions.caseLogin(stored.caseNumber(), stored.debtorCode());
        post(debtor, stored.caseNumber(), UUID.randomUUID().toString(), Fixtures.threeClues()).then().statusCode(404);
        given().get(API, stored.caseNumber()).then().statusCode(401);
    }

    @Test
    void aCaseThatIsNotClosedBy终本CannotBeResumed() {
        ObjectNode file = CaseFiles.fresh();
        file.put("closingMode", "FULLY_ENFORCED");
        // what only a 终本 case has
        file.remove(List.of("ruling", "followUps", "databaseEntry", "interview"));
        Intake.StoredCase stored = Intake.store(file);
        String token = Sessions.caseLogin(stored.caseNumber(), stored.creditorCode());
        post(token, stored.caseNumber(), UUID.randomUUID().toString(), Fixtures.threeClues()).then().statusCode(409)
                .body("code", equalTo("resumption/case-not-terminated"));
    }

    @Test
    void theCreditorWithdrawsOnceAndAStaleVersionIsRefused() {
        Intake.StoredCase stored = Intake.storeFresh();
        String token = Sessions.caseLogin(stored.caseNumber(), stored.creditorCode());
        Response created = post(token, stored.caseNumber(), UUID.randomUUID().toString(), Fixtures.threeClues());
        long id = created.jsonPath().getLong("id");
        long version = created.jsonPath().getLong("version");
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("version", version - 1, "message", "x"))
                .post(API + "/{id}/withdraw", stored.caseNumber(), id).then().statusCode(409)
                .body("code", equalTo("resumption/changed-meanwhile"));
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("version", version, "message", "已和解"))
                .post(API + "/{id}/withdraw", stored.caseNumber(), id).then().statusCode(200)
                .body("state.code", equalTo("WITHDRAWN")).body("timeline[-1].message", equalTo("已和解"))
                .body("decision", nullValue()).body("clock.state.code", notNullValue());
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("version", version + 1, "message", "x"))
                .post(API + "/{id}/withdraw", stored.caseNumber(), id).then().statusCode(409)
                .body("code", equalTo("resumption/transition-not-allowed"));
        assertThat(count("SELECT count(*) FROM tracked_deadline WHERE kind = 'RESUMPTION_VERIFICATION' AND subject = $1",
                String.valueOf(id))).as("no clock runs for a withdrawn application").isZero();
    }

    private static byte[] oversizedPdf() {
        byte[] pdf = new byte[300 * 1024];
        byte[] head = Fixtures.pdf("x");
        System.arraycopy(head, 0, pdf, 0, head.length);
        return pdf;
    }

    private long applications(String caseNumber) {
        return count("SELECT count(*) FROM resumption_application WHERE case_number = $1", caseNumber);
    }

    private long count(String sql, String parameter) {
        return pool.preparedQuery(sql).execute(Tuple.of(parameter)).await().indefinitely().iterator().next().getLong(0);
    }

    private static String sha256(byte[] content) throws Exception {
        return java.util.HexFormat.of().formatHex(digest(content));
    }

    private static byte[] digest(byte[] content) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(content);
    }
}
