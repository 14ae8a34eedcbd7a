package org.zhongben.portal.common.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Once shutdown has begun, new requests are refused with a reason and a time to come back; the probes still answer.
 * (The whole sequence, SIGTERM to exit, is GracefulShutdownIT's.)
 */
@QuarkusTest
class ShutdownGateTest {

    @Inject
    ShutdownGate gate;

    @AfterEach
    void reopen() {
        gate.reopen();
    }

    @Test
    void apiRequestsGetProblemJsonWithRetryAfter() {
        given().accept("text/html").get("/guides").then().statusCode(200);
        gate.close();
        given().header("Accept-Language", "en").get("/api/v1/registry").then().statusCode(503)
                .header("Retry-After", "5").contentType("application/problem+json")
                .body("code", equalTo("common/shutting-down")).body("status", equalTo(503))
                .body("title", equalTo("The service is restarting; try again shortly"));
    }

    @Test
    void pagesGetTheErrorPageInTheReadersLanguage() {
        gate.close();
        given().accept("text/html").get("/guides").then().statusCode(503).header("Retry-After", "5")
                .contentType(startsWith("text/html")).body(containsString("服务正在重启"));
        given().accept("text/html").cookie("lang", "en").get("/guides").then().statusCode(503)
                .body(containsString("The service is restarting"));
    }

    @Test
    void probesStillAnswer() {
        gate.close();
        given().get("/q/health/live").then().statusCode(200);
    }
}
