package org.zhongben.portal.resumption;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zhongben.portal.demo.DemoLoader;
import org.zhongben.portal.testsupport.Browser;
import org.zhongben.portal.testsupport.DemoProfile;
import org.zhongben.portal.testsupport.Sessions;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.response.Response;

/**
 * The acceptance walk on the demo data, with the published credentials: the showcase creditor files three
 * clues and two evidence files, the demo clerk asks for materials, the creditor answers, the clerk accepts with a
 * 执恢 number, and the creditor sees the decision and the linked case.
 */
@QuarkusTest
@TestProfile(DemoProfile.class)
class DemoResumptionTest {

    static final String CASE = "(2023)京0105执1234号";
    static final String CODE = "DEMO-0000-0000-0001";

    @BeforeAll
    static void formsInUtf8() {
        RestAssured.config = RestAssured.config()
                .encoderConfig(io.restassured.config.EncoderConfig.encoderConfig().defaultContentCharset("UTF-8"));
    }

    @Test
    void theShowcaseCreditorAndTheDemoClerkGoThroughTheWholeProcedure() {
        // the creditor files through the pages: three clues, then two files, then the declaration
        Browser creditor = new Browser("zh").session(Sessions.caseLogin(CASE, CODE));
        Map<String, Map<String, String>> clues = new LinkedHashMap<>();
        clues.put("BANK_ACCOUNT", Fixtures.bankAccount("0200004509020123456"));
        clues.put("VEHICLE", Fixtures.vehicle());
        clues.put("EQUITY", Map.of("company", "北京某某科技有限公司", "creditCode", Fixtures.creditCode("91110105MA01ABCD1"),
                "share", "35"));
        clues.forEach((type, fields) -> {
            creditor.get("/cases/{n}/resumption/new?type=" + type, 200, CASE);
            Map<String, String> form = new LinkedHashMap<>(fields);
            form.put("type", type);
            form.put("submission", Fixtures.first(Fixtures.SUBMISSION, creditor.page()));
            assertThat(creditor.post("/cases/{n}/resumption/clues", form, CASE).statusCode()).isEqualTo(303);
        });
        creditor.get("/cases/{n}/resumption/new", 200, CASE);
        creditor.follow(creditor.upload("/cases/{n}/resumption/evidence",
                Map.of("submission", Fixtures.first(Fixtures.SUBMISSION, creditor.page())),
                Map.of("银行流水.pdf", Fixtures.pdf("statement"), "车辆照片.jpg", Fixtures.jpeg()), CASE));
        String editor = creditor.page();
        int submitForm = editor.indexOf("/resumption/submit\"");
        Response submitted = creditor.post("/cases/{n}/resumption/submit", Map.of("declared", "true",
                "submission", Fixtures.first(Fixtures.SUBMISSION, editor.substring(submitForm))), CASE);
        String filed = creditor.follow(submitted);
        assertThat(filed).contains("银行流水.pdf", "车辆照片.jpg", "已提交");
        long id = Long.parseLong(submitted.header("Location").replaceAll(".*/resumption/(\\d+).*", "$1"));

        // the demo clerk signs in with the published password and finds it first in the queue
        String clerkToken = Sessions.staffSignIn(DemoLoader.DEMO_CLERK_EMAIL, DemoLoader.DEMO_CLERK_PASSWORD,
                DemoLoader.DEMO_CLERK_TOTP_SECRET);
        Browser clerk = new Browser("zh").session(clerkToken);
        assertThat(clerk.get("/court/resumption", 200)).contains(CASE, "/court/resumption/" + id);
        clerk.get("/court/resumption/{id}", 200, id);
        clerk.follow(clerk.post("/court/resumption/{id}/materials", Map.of("version",
                Fixtures.first(Fixtures.VERSION, clerk.page()), "message", "请补充股权登记信息"), id));

        assertThat(creditor.get("/cases/{n}/resumption/{id}", 200, CASE, id)).contains("请补充股权登记信息");
        creditor.get("/cases/{n}/resumption/new", 200, CASE);
        creditor.follow(creditor.upload("/cases/{n}/resumption/evidence",
                Map.of("submission", Fixtures.first(Fixtures.SUBMISSION, creditor.page())),
                Map.of("股权登记.png", Fixtures.png(120, 80)), CASE));
        creditor.get("/cases/{n}/resumption/{id}", 200, CASE, id);
        creditor.follow(creditor.post("/cases/{n}/resumption/{id}/answer", Map.of("version",
                Fixtures.first(Fixtures.VERSION, creditor.page()), "message", "已上传股权登记截图"), CASE, id));

        clerk.get("/court/resumption/{id}", 200, id);
        clerk.follow(clerk.post("/court/resumption/{id}/accept", Map.of("version",
                Fixtures.first(Fixtures.VERSION, clerk.page()), "childCaseNumber", "(2026)京0105执恢88号"), id));

        String decided = creditor.get("/cases/{n}/resumption/{id}", 200, CASE, id);
        assertThat(decided).contains("已恢复执行", "(2026)京0105执恢88号", "股权登记.png");
        // the API shows the same decision
        given().auth().oauth2(Sessions.caseLogin(CASE, CODE)).get("/api/v1/cases/{n}/resumption-applications/{id}", CASE, id)
                .then().statusCode(200).body("decision.childCaseNumber", org.hamcrest.Matchers.equalTo("(2026)京0105执恢88号"));
    }

    @Test
    void theDemoClerkLandsOnTheQueueAfterSigningIn() {
        String token = Sessions.staffSignIn(DemoLoader.DEMO_CLERK_EMAIL, DemoLoader.DEMO_CLERK_PASSWORD,
                DemoLoader.DEMO_CLERK_TOTP_SECRET);
        Browser clerk = new Browser("en").session(token);
        Response cases = given().redirects().follow(false).cookie("portal_session", token).get("/cases");
        assertThat(cases.statusCode()).isEqualTo(303);
        assertThat(cases.header("Location")).endsWith("/court/resumption");
        assertThat(clerk.get("/court/resumption", 200)).contains("Resumption applications to decide");
    }
}
