package org.zhongben.portal.accounts;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;
import org.zhongben.portal.testsupport.CaseFiles;
import org.zhongben.portal.testsupport.Intake;
import org.zhongben.portal.testsupport.Sessions;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

@QuarkusTest
class CaseLoginTest {

    private static Response attempt(String caseNumber, String code, String clientAddress) {
        return given().contentType(ContentType.JSON).header("X-Forwarded-For", clientAddress)
                .body("{\"caseNumber\":\"" + caseNumber + "\",\"queryCode\":\"" + code + "\"}")
                .post("/api/v1/auth/case-login");
    }

    @Test
    void caseNumberAndQueryCodeOpenThatPartysViewOfTheCase() {
        Intake.StoredCase stored = Intake.storeFresh();
        Response answer = attempt(stored.caseNumber(), stored.creditorCode(), "10.1.0.1");
        answer.then().statusCode(200).body("caseNumber", equalTo(stored.caseNumber())).body("role", equalTo("creditor"))
                .body("accessToken", not(nullValue()));
        String cookie = answer.getHeader("Set-Cookie");
        assertThat(cookie).contains("portal_session=").contains("HttpOnly").containsIgnoringCase("SameSite=Lax")
                .contains("Secure").contains("Path=/");

        given().auth().oauth2(answer.path("accessToken")).get("/api/v1/cases/{n}", stored.caseNumber()).then()
                .statusCode(200).body("viewerRole.code", equalTo("CREDITOR"));
        given().cookie("portal_session", answer.getCookie("portal_session"))
                .get("/api/v1/cases/{n}", stored.caseNumber()).then().statusCode(200);
    }

    @Test
    void codesAreCaseInsensitiveAndIgnoreSeparators() {
        Intake.StoredCase stored = Intake.storeFresh();
        String sloppy = stored.debtorCode().replace("-", " ").toLowerCase();
        attempt(stored.caseNumber().replace('(', '（').replace(')', '）'), sloppy, "10.1.0.2").then().statusCode(200)
                .body("role", equalTo("debtor"));
    }

    @Test
    void wrongCodeAndUnknownCaseAnswerExactlyTheSame() {
        Intake.StoredCase stored = Intake.storeFresh();
        Response wrongCode = attempt(stored.caseNumber(), "AAAA-BBBB-CCCC-DDDD", "10.1.0.3");
        Response noSuchCase = attempt("(2023)京0105执9999998号", "AAAA-BBBB-CCCC-DDDD", "10.1.0.3");
        wrongCode.then().statusCode(401).body("code", equalTo("auth/invalid-case-credentials"));
        noSuchCase.then().statusCode(401).body("code", equalTo("auth/invalid-case-credentials"));
        assertThat(wrongCode.path("title").toString()).isEqualTo(noSuchCase.path("title").toString());
    }

    @Test
    void fiveWrongCodesForACaseNumberLockItEvenForTheRightCode() {
        Intake.StoredCase stored = Intake.storeFresh();
        for (int attempt = 1; attempt <= 5; attempt++) {
            attempt(stored.caseNumber(), "WRNG-CODE-0000-000" + attempt, "10.2.0." + attempt).then().statusCode(401);
        }
        Response locked = attempt(stored.caseNumber(), stored.creditorCode(), "10.2.0.99");
        locked.then().statusCode(429).body("code", equalTo("auth/too-many-attempts"));
        assertThat(Long.parseLong(locked.getHeader("Retry-After"))).isBetween(1L, 15 * 60L);
        // another case is not affected
        Intake.StoredCase other = Intake.storeFresh();
        attempt(other.caseNumber(), other.creditorCode(), "10.2.0.99").then().statusCode(200);
    }

    @Test
    void twentyWrongCodesFromOneAddressLockThatAddress() {
        String address = "10.3.0.7";
        for (int attempt = 0; attempt < 20; attempt++) {
            attempt(CaseFiles.newCaseNumber("京0105"), "WRNG-CODE-0000-0000", address).then().statusCode(401);
        }
        Intake.StoredCase stored = Intake.storeFresh();
        attempt(stored.caseNumber(), stored.creditorCode(), address).then().statusCode(429);
        attempt(stored.caseNumber(), stored.creditorCode(), "10.3.0.8").then().statusCode(200);
    }

    @Test
    void logoutRevokesTheTokenOnTheNextRequest() {
        Intake.StoredCase stored = Intake.storeFresh();
        String token = Sessions.caseLogin(stored.caseNumber(), stored.creditorCode());
        given().auth().oauth2(token).get("/api/v1/cases/{n}", stored.caseNumber()).then().statusCode(200);
        given().auth().oauth2(token).contentType(ContentType.JSON).post("/api/v1/auth/logout").then().statusCode(204);
        given().auth().oauth2(token).get("/api/v1/cases/{n}", stored.caseNumber()).then().statusCode(401);
    }

    @Test
    void aSignInIsRecordedInWhoAccessedTheCase() {
        Intake.StoredCase stored = Intake.storeFresh();
        String token = Sessions.caseLogin(stored.caseNumber(), stored.creditorCode());
        given().auth().oauth2(token).header("Accept-Language", "en").get("/api/v1/cases/{n}", stored.caseNumber()).then()
                .statusCode(200)
                .body("accesses.action", org.hamcrest.Matchers.hasItems("viewed the case", "signed in with the query code"))
                .body("accesses[0].who", equalTo("北京示例商贸有限公司"));
    }
}
