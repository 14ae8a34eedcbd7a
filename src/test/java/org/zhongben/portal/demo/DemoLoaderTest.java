package org.zhongben.portal.demo;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.zhongben.portal.accounts.QueryCodeService;
import org.zhongben.portal.common.crypto.FieldCipher;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/** The demo mode fills an empty database through intake and publishes working credentials. */
@QuarkusTest
@TestProfile(DemoLoaderTest.SmallDemo.class)
class DemoLoaderTest {

    public static class SmallDemo implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("portal.demo.enabled", "true", "portal.demo.case-count", "60",
                    "portal.demo.cases-with-documents", "5", "portal.data-dir", "target/demo-test-data");
        }
    }

    @Inject
    Pool pool;

    @Inject
    FieldCipher cipher;

    @Test
    void showcaseAndGeneratedCasesAreReadableThroughTheCourtsIntakeApi() {
        long cases = pool.query("SELECT count(*) FROM enforcement_case").execute().await().indefinitely().iterator()
                .next().getLong(0);
        assertThat(cases).isEqualTo(64);

        String token = given().contentType(ContentType.JSON)
                .body("{\"clientId\":\"demo-京0105\",\"clientSecret\":\"" + DemoLoader.DEMO_CLIENT_SECRET + "\"}")
                .post("/api/v1/auth/court-token").then().statusCode(200).extract().path("accessToken");
        given().auth().oauth2(token).get("/api/v1/intake/cases/{n}", "(2021)京0105执555号").then().statusCode(200)
                .body("followUps", hasSize(2)).body("databaseEntry.shieldReason", equalTo("RESUMED"));
        given().auth().oauth2(token).get("/api/v1/intake/cases/{n}", "(2022)京0105执恢31号").then().statusCode(200)
                .body("parentCaseNumber", equalTo("(2021)京0105执555号"));
    }

    @Test
    void publishedQueryCodesBelongToTheirParties() {
        for (DemoLoader.DemoCredential credential : DemoLoader.CREDENTIALS) {
            long matches = pool.preparedQuery("""
                    SELECT count(*) FROM party_query_code q JOIN party p ON p.id = q.party_id
                    JOIN enforcement_case c ON c.id = p.case_id
                    WHERE c.case_number = $1 AND p.external_id = $2 AND q.code_hash = $3""")
                    .execute(Tuple.of(credential.caseNumber(), credential.partyId(),
                            cipher.keyedHash(QueryCodeService.normalise(credential.queryCode()))))
                    .await().indefinitely().iterator().next().getLong(0);
            assertThat(matches).as(credential.toString()).isEqualTo(1);
        }
    }

    @Test
    void resumedCaseIsLinkedToItsParentWhicheverArrivedFirst() {
        long linked = pool.query("""
                SELECT count(*) FROM enforcement_case child JOIN enforcement_case parent ON parent.id = child.parent_case_id
                WHERE child.case_type = 'ZHI_HUI'""").execute().await().indefinitely().iterator().next().getLong(0);
        long resumed = pool.query("SELECT count(*) FROM enforcement_case WHERE case_type = 'ZHI_HUI'").execute().await()
                .indefinitely().iterator().next().getLong(0);
        assertThat(resumed).isGreaterThan(0);
        assertThat(linked).isEqualTo(resumed);
    }

    @Test
    void aVisitorOpensTheShowcaseCaseWithThePublishedCodeInBothLanguages() {
        String token = given().contentType(ContentType.JSON)
                .body("{\"caseNumber\":\"(2023)京0105执1234号\",\"queryCode\":\"DEMO-0000-0000-0001\"}")
                .post("/api/v1/auth/case-login").then().statusCode(200).extract().path("accessToken");
        String chinese = given().cookie("portal_session", token).get("/cases/{n}", "(2023)京0105执1234号").then()
                .statusCode(200).extract().asString();
        assertThat(chinese).contains("终本结案", "为什么终本", "执行款项", "案件时间线", "财产调查覆盖情况", "谁查看过我的案件");
        String english = given().cookie("portal_session", token).cookie("lang", "en")
                .get("/cases/{n}", "(2023)京0105执1234号").then().statusCode(200).extract().asString();
        assertThat(english).contains("Terminated for now", "Why the case was closed", "Money", "Timeline",
                "What was investigated", "Who accessed my case");
    }

    @Test
    void theDemoBankSeesEveryCaseInWhichItIsACreditor() {
        long expected = pool.preparedQuery("""
                SELECT count(DISTINCT case_id) FROM party WHERE role = 'CREDITOR' AND name LIKE $1""")
                .execute(Tuple.of(DemoLoader.DEMO_BANK + "%")).await().indefinitely().iterator().next().getLong(0);
        assertThat(expected).isPositive();
        String token = given().contentType(ContentType.JSON)
                .body(Map.of("email", DemoLoader.DEMO_BANK_EMAIL, "password", DemoLoader.DEMO_BANK_PASSWORD))
                .post("/api/v1/auth/sign-in").then().statusCode(200).extract().path("accessToken");
        String csv = given().auth().oauth2(token).get("/api/v1/cases/export").then().statusCode(200).extract()
                .asString();
        assertThat(csv.lines().count() - 1).isEqualTo(expected);
    }
}
