package org.zhongben.portal.testsupport;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;

/** Signs in through the real endpoints and returns the bearer token. */
public final class Sessions {

    private Sessions() {
    }

    public static String caseLogin(String caseNumber, String queryCode) {
        return given().contentType(ContentType.JSON)
                .body("{\"caseNumber\":\"" + caseNumber + "\",\"queryCode\":\"" + queryCode + "\"}")
                .post("/api/v1/auth/case-login").then().statusCode(200).extract().path("accessToken");
    }

    public static String accountSignIn(String email, String password) {
        return given().contentType(ContentType.JSON)
                .body("{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}")
                .post("/api/v1/auth/sign-in").then().statusCode(200).extract().path("accessToken");
    }
}
