package org.zhongben.portal.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.zhongben.portal.testsupport.CaseFiles;
import org.zhongben.portal.testsupport.HostileClient;
import org.zhongben.portal.testsupport.HostileClient.Answer;
import org.zhongben.portal.testsupport.Intake;
import org.zhongben.portal.testsupport.Sessions;
import org.zhongben.portal.testsupport.TestTokens;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * One test per kind of malformed request {@link HostileInputTest} found answered with 500, a stack trace, a hang or
 * worse: each is now refused with a 4xx problem, writes nothing, and does not get past the CSRF check.
 */
@QuarkusTest
class MalformedRequestTest {

    @Inject
    Pool pool;

    @TestHTTPResource("/")
    URL base;

    private HostileClient client() {
        return new HostileClient(base.getHost(), base.getPort(), 10_000);
    }

    private Answer send(String method, String target, Map<String, String> headers, String body) throws Exception {
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.put("X-Forwarded-For", "10.77." + (int) (Math.random() * 250) + "." + (int) (1 + Math.random() * 250));
        return client().send(method, target, all, body == null ? null : body.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertProblem(Answer answer, int status, String code) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(status);
        assertThat(answer.header("content-type")).startsWith("application/problem+json");
        assertThat(answer.text()).contains("\"code\":\"" + code + "\"").doesNotContain("Exception", "java.", "\tat ");
    }

    /** A CSRF token and the cookie that goes with it, as the sign-in page hands them out. */
    private static String[] csrf() {
        Response page = given().get("/login");
        String token = page.asString().replaceAll("(?s).*name=\"csrf-token\" value=\"([^\"]+)\".*", "$1");
        return new String[] { token, "csrf-token=" + token };
    }

    @Test
    void aWildcardContentTypeIsRefusedWith415AndAFormSentWithItWritesNothing() throws Exception {
        Intake.StoredCase stored = Intake.storeFresh();
        String session = Sessions.caseLogin(stored.caseNumber(), stored.creditorCode());
        String key = "wildcard-" + UUID.randomUUID();
        String form = "submission=" + key + "&type=VEHICLE&plate=%E4%BA%ACA12345&brand=x&seenAt=y";
        for (String type : new String[] { "*/*", "application/*", "*/x-www-form-urlencoded" }) {
            Answer answer = send("POST", "/cases/" + segment(stored.caseNumber()) + "/resumption/clues",
                    Map.of("Content-Type", type, "Cookie", "portal_session=" + session), form);
            assertProblem(answer, 415, "common/unsupported-media-type");
        }
        // a form body without any content type is not taken either
        assertProblem(send("POST", "/cases/" + segment(stored.caseNumber()) + "/resumption/submit",
                Map.of("Cookie", "portal_session=" + session), "submission=" + key + "&declared=true"), 415,
                "common/unsupported-media-type");
        // the type in capitals is still a form, and still needs its token
        Answer capitals = send("POST", "/cases/" + segment(stored.caseNumber()) + "/resumption/clues",
                Map.of("Content-Type", "APPLICATION/X-WWW-FORM-URLENCODED", "Cookie", "portal_session=" + session),
                form);
        assertThat(capitals.status()).isEqualTo(400);
        // the same form with the right type but without its token is still stopped by the CSRF check
        Answer withoutToken = send("POST", "/cases/" + segment(stored.caseNumber()) + "/resumption/clues",
                Map.of("Content-Type", "application/x-www-form-urlencoded", "Cookie", "portal_session=" + session),
                form);
        assertThat(withoutToken.status()).isEqualTo(400);
        assertThat(count("SELECT count(*) FROM resumption_submission WHERE idempotency_key LIKE $1", "%:" + key))
                .isZero();
    }

    @Test
    void anUnknownCharsetAndABrokenContentTypeAre415() throws Exception {
        for (String type : new String[] { "application/json; charset=EBCDIC", "application/json; charset=nonsense",
                "application/json; charset=\"\"", ";;;", "application",
                "application/json; charset=utf-8; charset=latin1" }) {
            Answer answer = send("POST", "/api/v1/auth/case-login", Map.of("Content-Type", type),
                    "{\"caseNumber\":\"(2023)京0105执1号\",\"queryCode\":\"x\"}");
            assertProblem(answer, 415, "common/unsupported-media-type");
        }
        assertThat(send("POST", "/api/v1/auth/case-login", Map.of("Content-Type", "application/json; charset=UTF-8"),
                "{\"caseNumber\":\"(2023)京0105执1号\",\"queryCode\":\"x\"}").status()).isEqualTo(401);
    }

    @Test
    void aMultipartBodyWithoutAUsableBoundaryOrCutShortIs400() throws Exception {
        String token = TestTokens.courtSystem(CaseFiles.COURT);
        for (String type : new String[] { "multipart/form-data", "multipart/form-data; boundary=",
                "multipart/form-data; boundary=\"unclosed" }) {
            Answer answer = send("POST", "/api/v1/cases/x/resumption-applications",
                    Map.of("Content-Type", type, "Authorization", "Bearer " + token, "Idempotency-Key", "k"), "--x--");
            assertThat(answer.status()).as(type).isIn(400, 415);
            assertThat(answer.header("content-type")).startsWith("application/problem+json");
        }
        Intake.StoredCase stored = Intake.storeFresh();
        String session = Sessions.caseLogin(stored.caseNumber(), stored.creditorCode());
        // the closing boundary never comes
        Answer cut = send("POST", "/api/v1/cases/" + segment(stored.caseNumber()) + "/resumption-applications",
                Map.of("Content-Type", "multipart/form-data; boundary=b", "Authorization", "Bearer " + session,
                        "Idempotency-Key", "cut-" + UUID.randomUUID()),
                "--b\r\nContent-Disposition: form-data; name=\"application\"\r\nContent-Type: application/json\r\n\r\n{}");
        assertProblem(cut, 400, "common/bad-request");
    }

    @Test
    void aBrokenPercentEscapeInAFormIsAnswered400AtOnce() throws Exception {
        String[] csrf = csrf();
        for (String broken : new String[] { "%zz", "%", "%2", "%C3%28", "%00", "%u4e2d" }) {
            Answer answer = send("POST", "/login/case", Map.of("Content-Type", "application/x-www-form-urlencoded",
                    "Cookie", csrf[1]), "csrf-token=" + csrf[0] + "&caseNumber=" + broken + "&queryCode=x");
            assertProblem(answer, 400, "common/bad-request");
        }
    }

    @Test
    void aNulCharacterInAStoredValueIs400AndNothingIsStored() throws Exception {
        ObjectNode file = CaseFiles.fresh();
        ((ObjectNode) file.get("parties").get(1)).put("address", "北京市\u0000朝阳区");
        given().auth().oauth2(TestTokens.courtSystem(CaseFiles.COURT)).contentType(ContentType.JSON)
                .body(file.toString()).post("/api/v1/intake/cases").then().statusCode(400)
                .contentType(startsWith("application/problem+json"));
        assertThat(count("SELECT count(*) FROM enforcement_case WHERE case_number = $1",
                file.get("caseNumber").asText())).isZero();
    }

    @Test
    void aJsonNullBodyIs400() throws Exception {
        for (String path : new String[] { "/api/v1/auth/case-login", "/api/v1/auth/sign-in" }) {
            Answer answer = send("POST", path, Map.of("Content-Type", "application/json"), "null");
            assertThat(answer.status()).as(path).isEqualTo(400);
            assertThat(answer.header("content-type")).startsWith("application/problem+json");
        }
    }

    @Test
    void aValueOfTheWrongJsonTypeIsAProblemNamingTheFieldNotAJavaClass() throws Exception {
        Answer answer = send("POST", "/api/v1/auth/case-login", Map.of("Content-Type", "application/json"),
                "{\"caseNumber\":\"(2023)京0105执1号\",\"queryCode\":{}}");
        assertProblem(answer, 400, "common/bad-request");
        assertThat(answer.text()).contains("queryCode").doesNotContain("objectName", "Class");
    }

    @Test
    void aFieldNamedTwiceIs400() throws Exception {
        Answer answer = send("POST", "/api/v1/auth/case-login", Map.of("Content-Type", "application/json"),
                "{\"caseNumber\":1,\"queryCode\":\"x\",\"caseNumber\":2}");
        assertProblem(answer, 400, "common/bad-request");
    }

    @Test
    void aNullInsideAListOfACaseFileIsRefusedWithItsPath() {
        ObjectNode file = CaseFiles.fresh();
        ((ArrayNode) file.get("parties")).addNull();
        given().auth().oauth2(TestTokens.courtSystem(CaseFiles.COURT)).contentType(ContentType.JSON)
                .body(file.toString()).post("/api/v1/intake/cases").then().statusCode(400)
                .body("code", equalTo("intake/invalid-case-file")).body("errors.field", hasItem("parties[2]"));
    }

    @Test
    void registryDatesAndAmountsOutOfRangeAre400() {
        for (Map.Entry<String, String> query : Map.of("from", "+99999-01-01", "to", "99999-12-31", "minAmount",
                "1e999999999", "maxAmount", "-1e20").entrySet()) {
            given().header("X-Forwarded-For", "10.78.0." + (1 + (int) (Math.random() * 250)))
                    .queryParam(query.getKey(), query.getValue()).get("/api/v1/registry").then().statusCode(400)
                    .body("code", equalTo("registry/invalid-query"));
        }
    }

    @Test
    void signInNeverRedirectsToAPathABrowserReadsAsAnotherSite() throws Exception {
        Intake.StoredCase stored = Intake.storeFresh();
        for (String next : new String[] { "/%5Cevil.example", "/\\evil.example", "/\t/evil.example", "/ /evil.example" }) {
            String[] csrf = csrf();
            Answer answer = send("POST", "/login/case", Map.of("Content-Type", "application/x-www-form-urlencoded",
                    "Cookie", csrf[1]),
                    "csrf-token=" + csrf[0] + "&caseNumber=" + segment(stored.caseNumber())
                            + "&queryCode=" + segment(stored.creditorCode()) + "&next=" + segment(next));
            assertThat(answer.status()).as(next).isEqualTo(303);
            assertThat(answer.header("location")).as(next).endsWith("/cases/" + segment(stored.caseNumber()));
        }
    }

    @Test
    void aRegistryCorrectionWithAnUnparsableAcceptLanguageIsStoredAndAnsweredAsStored() throws Exception {
        Intake.StoredCase stored = Intake.storeFresh();
        String ref = given().header("X-Forwarded-For", "10.79.0." + (1 + (int) (Math.random() * 250)))
                .queryParam("caseNumber", stored.caseNumber()).get("/api/v1/registry").then().statusCode(200)
                .extract().jsonPath().getString("items[0].ref");
        String[] csrf = csrf();
        String contact = "lang-" + UUID.randomUUID();
        org.zhongben.portal.testsupport.MultipartBody body = new org.zhongben.portal.testsupport.MultipartBody()
                .field("csrf-token", csrf[0]).field("requester", "测试人").field("contact", contact)
                .field("whatIsWrong", "已履行");
        io.restassured.specification.FilterableRequestSpecification request = (io.restassured.specification.FilterableRequestSpecification) body
                .on(given());
        Answer answer = send("POST", "/registry/entries/" + ref + "/correction", Map.of("Content-Type",
                request.getContentType(), "Cookie", csrf[1], "Accept-Language", "[（,-`'!0京/(*张"),
                new String((byte[]) request.getBody(), StandardCharsets.UTF_8));
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        assertThat(count("SELECT count(*) FROM registry_correction WHERE contact = $1", contact)).isEqualTo(1);
    }

    private long count(String sql, String parameter) {
        return pool.preparedQuery(sql).execute(Tuple.of(parameter)).await().indefinitely().iterator().next().getLong(0);
    }

    private static String segment(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
