package org.zhongben.portal.accounts;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zhongben.portal.testsupport.CaseFiles;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;

@QuarkusTest
class CourtTokenResourceTest {

    private static final String CLIENT = "chaoyang-court-system";
    private static final String SECRET = "s3cret-of-the-court-system-long-enough";

    @Inject
    CourtClientService clients;

    @BeforeEach
    void registerClient() throws Throwable {
        VertxContextSupport.subscribeAndAwait(() -> clients.register(CLIENT, SECRET, CaseFiles.COURT, "朝阳法院执行案件管理系统"));
    }

    @Test
    void courtSystemExchangesItsSecretForAShortLivedTokenThatWritesItsCourtsCases() {
        String token = given().contentType(ContentType.JSON)
                .body("{\"clientId\":\"" + CLIENT + "\",\"clientSecret\":\"" + SECRET + "\"}")
                .post("/api/v1/auth/court-token")
                .then().statusCode(200)
                .body("tokenType", equalTo("Bearer"))
                .body("expiresIn", greaterThan(0)).body("expiresIn", lessThanOrEqualTo(900))
                .body("accessToken", not(nullValue()))
                .extract().path("accessToken");

        given().auth().oauth2(token).contentType(ContentType.JSON).body(CaseFiles.fresh().toString())
                .post("/api/v1/intake/cases").then().statusCode(201);
        given().auth().oauth2(token).contentType(ContentType.JSON).body(CaseFiles.fresh("沪0115").toString())
                .post("/api/v1/intake/cases").then().statusCode(404);
    }

    @Test
    void wrongSecretAndUnknownClientAnswerTheSame() {
        String wrongSecret = given().contentType(ContentType.JSON)
                .body("{\"clientId\":\"" + CLIENT + "\",\"clientSecret\":\"guess\"}").post("/api/v1/auth/court-token")
                .then().statusCode(401).body("code", equalTo("auth/invalid-client")).extract().path("title");
        given().contentType(ContentType.JSON).body("{\"clientId\":\"nobody\",\"clientSecret\":\"guess\"}")
                .post("/api/v1/auth/court-token")
                .then().statusCode(401).body("code", equalTo("auth/invalid-client")).body("title", equalTo(wrongSecret));
    }

    @Test
    void missingFieldsAreAValidationError() {
        given().contentType(ContentType.JSON).body("{\"clientId\":\"\"}").post("/api/v1/auth/court-token")
                .then().statusCode(400).contentType("application/problem+json").body("code", equalTo("common/validation"));
        given().contentType(ContentType.JSON).body("{broken").post("/api/v1/auth/court-token")
                .then().statusCode(400).contentType("application/problem+json");
    }
}
