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

    private static final java.util.Map<String, Long> LAST_STEP = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Signs court staff in as a person would: password, then the code their authenticator app shows for
     * {@code totpSecret} (Base32). A code works once, so each sign-in of the same account in this JVM takes a later
     * 30-second step, waiting for one when both steps the portal accepts (now and one ahead) are spent.
     */
    public static String staffSignIn(String email, String password, String totpSecret) {
        String pending = accountSignIn(email, password);
        long step;
        synchronized (LAST_STEP) {
            long last = LAST_STEP.getOrDefault(totpSecret, 0L);
            while (last > System.currentTimeMillis() / 30_000) {
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
            step = Math.max(System.currentTimeMillis() / 30_000, last + 1);
            LAST_STEP.put(totpSecret, step);
        }
        String code;
        try {
            code = new com.eatthepath.otp.TimeBasedOneTimePasswordGenerator(java.time.Duration.ofSeconds(30), 6)
                    .generateOneTimePasswordString(new javax.crypto.spec.SecretKeySpec(
                            new org.apache.commons.codec.binary.Base32().decode(totpSecret), "HmacSHA1"),
                            java.time.Instant.ofEpochSecond(step * 30), java.util.Locale.ROOT);
        } catch (java.security.InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
        return given().auth().oauth2(pending).contentType(ContentType.JSON).body("{\"code\":\"" + code + "\"}")
                .post("/api/v1/auth/second-factor").then().statusCode(200).extract().path("accessToken");
    }
}
