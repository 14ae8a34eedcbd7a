package org.zhongben.portal.common.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Bodies above a route's limit are refused before anything reads them, with a problem+json answer. */
@QuarkusTest
class RequestSizeLimitsTest {

    @Test
    void aJsonBodyAboveTheDefaultLimitIsRefused() {
        given().contentType(ContentType.JSON).body("{\"caseNumber\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}")
                .post("/api/v1/auth/case-login").then().statusCode(413)
                .body("code", equalTo("common/payload-too-large"));
    }

    @Test
    void anUploadWithoutADeclaredLengthIsRefused() {
        // a chunked upload could only be measured after it was spooled to disk, so its length must be declared
        // REST Assured sends multipart bodies chunked
        given().multiPart("evidence", "a.pdf", new byte[10], "application/pdf")
                .post("/api/v1/cases/{n}/resumption-applications", "(2023)京0105执1号").then().statusCode(411)
                .body("code", equalTo("common/length-required"));
    }
}
