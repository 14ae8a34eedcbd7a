package org.zhongben.portal.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.zhongben.portal.testsupport.Intake;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** The headers every page and API answer carries, and the session cookie's flags. */
@QuarkusTest
class SecurityHeadersTest {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    @Test
    void pagesCarryAStrictPolicyAndNoServerVersion() {
        for (String path : List.of("/", "/registry", "/login", "/statistics", "/guides")) {
            Response page = given().get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            String policy = page.getHeader("Content-Security-Policy");
            assertThat(policy).as(path).contains("default-src 'self'", "script-src 'self'", "style-src 'self'",
                    "object-src 'none'", "frame-ancestors 'none'", "base-uri 'none'", "form-action 'self'")
                    .doesNotContain("unsafe-inline", "unsafe-eval");
            assertThat(page.getHeader("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(page.getHeader("X-Frame-Options")).as(path).isEqualTo("DENY");
            assertThat(page.getHeader("Referrer-Policy")).as(path).isEqualTo("strict-origin-when-cross-origin");
            assertThat(page.getHeader("Permissions-Policy")).as(path).contains("camera=()", "geolocation=()");
            String server = page.getHeader("Server");
            assertThat(server == null ? "" : server).as(path + ": no product or version in Server")
                    .doesNotContainPattern("\\d").doesNotContainIgnoringCase("quarkus").doesNotContainIgnoringCase("vert.x")
                    .doesNotContainIgnoringCase("netty");
            assertThat(page.getHeader("X-Powered-By")).as(path).isNull();
        }
        Response api = given().get("/api/v1/registry?name=张伟");
        assertThat(api.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(api.getHeader("Server")).isIn(null, "portal");
    }

    @Test
    void theSessionCookieIsHttpOnlySecureAndSameSite() {
        Intake.StoredCase stored = Intake.storeFresh();
        Response form = given().get("/login");
        Matcher token = CSRF.matcher(form.asString());
        assertThat(token.find()).isTrue();
        Response signedIn = given().cookies(form.getCookies()).redirects().follow(false)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", token.group(1)).formParam("caseNumber", stored.caseNumber())
                .formParam("queryCode", stored.creditorCode()).post("/login/case");
        assertThat(signedIn.statusCode()).isEqualTo(303);
        String cookie = signedIn.getHeaders().getValues("Set-Cookie").stream()
                .filter(value -> value.startsWith("portal_session=")).findFirst().orElseThrow();
        assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("Secure")
                .containsIgnoringCase("SameSite=Lax").contains("Path=/");
    }
}
