package org.zhongben.portal.cases;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.zhongben.portal.testsupport.Intake;
import org.zhongben.portal.testsupport.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/** The case page as a browser without JavaScript sees it: sign in by form, read the case in Chinese and English. */
@QuarkusTest
class CasePageTest {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    @Inject
    Pool pool;

    /** Browsers post forms of UTF-8 pages in UTF-8; REST Assured's default is ISO-8859-1. */
    @org.junit.jupiter.api.BeforeAll
    static void formsInUtf8() {
        io.restassured.RestAssured.config = io.restassured.RestAssured.config().encoderConfig(
                io.restassured.config.EncoderConfig.encoderConfig().defaultContentCharset("UTF-8"));
    }

    /** Signs in through the sign-in form, as a browser would, and returns the cookies to send afterwards. */
    private static Map<String, String> signInByForm(String caseNumber, String code) {
        Response form = given().get("/login");
        Matcher token = CSRF.matcher(form.asString());
        assertThat(token.find()).isTrue();
        Response signedIn = given().cookies(form.getCookies()).redirects().follow(false)
                .formParam("csrf-token", token.group(1)).formParam("caseNumber", caseNumber).formParam("queryCode", code)
                .post("/login/case");
        signedIn.then().statusCode(303).header("Location", containsString("/cases/"));
        return Map.of("portal_session", signedIn.getCookie("portal_session"));
    }

    @Test
    void aCreditorSignsInByFormAndReadsWhyTheCaseWasClosedInChinese() {
        Intake.StoredCase stored = Intake.storeFresh();
        String html = given().cookies(signInByForm(stored.caseNumber(), stored.creditorCode()))
                .get("/cases/{n}", stored.caseNumber()).then().statusCode(200).contentType(containsString("text/html"))
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .extract().asString();
        assertThat(html).contains("<html lang=\"zh-CN\">", stored.caseNumber(), "终本结案,处于跟踪期", "为什么终本",
                "发现的财产不能处置", "(2023)京0105执1234号", "1,200,000.00", "<svg", "role=\"img\"", "财产调查覆盖情况",
                "银行存款", "谁查看过我的案件", "查看了案件信息", "终本约谈");
        assertThat(html).as("masked ID only").contains("1101**********1234").doesNotContain("110105198503121234");
        assertThat(html.replaceAll("<script src=\"/static/js/[a-z-]+\\.js\" defer></script>", ""))
                .as("no inline script: only the portal's own files, deferred").doesNotContain("<script");
        assertThat(html).as("texts of the scripts come from the page").contains("data-download-progress",
                "data-download-receiving=\"正在下载\"", "data-lang-switch", "<a href=\"/guides\">办事指南</a>",
                "<a href=\"/glossary\">术语表</a>");
    }

    @Test
    void theSamePageReadsInEnglishWhenTheLanguageIsSwitched() {
        Intake.StoredCase stored = Intake.storeFresh();
        Response switched = given().redirects().follow(false)
                .get("/language?lang=en&return=/cases/x");
        switched.then().statusCode(303).header("Location",
                org.hamcrest.Matchers.matchesPattern("http://localhost:\\d+/cases/x"));
        assertThat(switched.getCookie("lang")).isEqualTo("en");

        String html = given().cookies(signInByForm(stored.caseNumber(), stored.creditorCode())).cookie("lang", "en")
                .get("/cases/{n}", stored.caseNumber()).then().statusCode(200).extract().asString();
        assertThat(html).contains("<html lang=\"en\">", "Terminated for now", "Why the case was closed",
                "Property found cannot be disposed of", "What was investigated", "Bank deposits", "Who accessed my case",
                "viewed the case", "15 Aug 2023", "data-download-receiving=\"Downloading\"",
                "<a href=\"/guides\">Guides</a>", "<a href=\"/glossary\">Glossary</a>");
    }

    @Test
    void theLanguageSwitchNeverLeavesTheSite() {
        given().redirects().follow(false).get("/language?lang=en&return=//evil.example/steal").then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.matchesPattern("http://localhost:\\d+/"));
        given().redirects().follow(false).get("/language?lang=en&return=https://evil.example").then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.matchesPattern("http://localhost:\\d+/"));
    }

    @Test
    void aFormPostWithoutItsCsrfTokenIsRefused() {
        Intake.StoredCase stored = Intake.storeFresh();
        given().redirects().follow(false).formParam("caseNumber", stored.caseNumber())
                .formParam("queryCode", stored.creditorCode()).post("/login/case").then().statusCode(400);
    }

    @Test
    void aWrongCodeShowsTheFormAgainWithAMessage() {
        Intake.StoredCase stored = Intake.storeFresh();
        Response form = given().get("/login");
        Matcher token = CSRF.matcher(form.asString());
        assertThat(token.find()).isTrue();
        String html = given().cookies(form.getCookies()).formParam("csrf-token", token.group(1))
                .formParam("caseNumber", stored.caseNumber()).formParam("queryCode", "AAAA-BBBB-CCCC-DDDD")
                .header("X-Forwarded-For", "10.77.0.1").post("/login/case").then().statusCode(401)
                .contentType(containsString("text/html")).extract().asString();
        assertThat(html).contains("案号或查询码不正确", "value=\"" + stored.caseNumber() + "\"");
    }

    @Test
    void aSessionNearItsEndIsRenewedByTheNextPageAndLogoutEndsIt() {
        Intake.StoredCase stored = Intake.storeFresh();
        long partyId = pool.preparedQuery("""
                SELECT p.id FROM party p JOIN enforcement_case c ON c.id = p.case_id
                WHERE c.case_number = $1 AND p.external_id = 'P1'""").execute(Tuple.of(stored.caseNumber())).await()
                .indefinitely().iterator().next().getLong("id");
        String ending = TestTokens.party(partyId, "creditor", "北京示例商贸有限公司", Duration.ofMinutes(5));
        Response page = given().cookie("portal_session", ending).get("/cases/{n}", stored.caseNumber());
        page.then().statusCode(200);
        String renewed = page.getCookie("portal_session");
        assertThat(renewed).isNotNull().isNotEqualTo(ending);

        String fresh = TestTokens.party(partyId, "creditor", "北京示例商贸有限公司", Duration.ofMinutes(30));
        assertThat(given().cookie("portal_session", fresh).get("/cases/{n}", stored.caseNumber()).getCookie("portal_session"))
                .as("no renewal while plenty of time is left").isNull();
    }

    @Test
    void thePortfolioOfAOneCaseSessionLeadsStraightToTheCase() {
        Intake.StoredCase stored = Intake.storeFresh();
        given().cookies(signInByForm(stored.caseNumber(), stored.creditorCode())).redirects().follow(false)
                .get("/cases").then().statusCode(303).header("Location", containsString("/cases/"));
    }
}
