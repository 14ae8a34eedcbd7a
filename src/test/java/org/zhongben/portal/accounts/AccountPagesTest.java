package org.zhongben.portal.accounts;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.response.Response;

/** Registration and password pages work as plain forms, with field errors shown next to the fields. */
@QuarkusTest
class AccountPagesTest {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    @BeforeAll
    static void formsInUtf8() {
        RestAssured.config = RestAssured.config().encoderConfig(EncoderConfig.encoderConfig().defaultContentCharset("UTF-8"));
    }

    private static Response formPage(String path) {
        return given().get(path);
    }

    private static String token(Response page) {
        Matcher matcher = CSRF.matcher(page.asString());
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    @Test
    void invalidRegistrationShowsEveryFieldErrorAndKeepsWhatWasTyped() {
        Response page = formPage("/register");
        String html = given().cookies(page.getCookies()).formParam("csrf-token", token(page))
                .formParam("email", "nope").formParam("password", "short").formParam("displayName", "张三")
                .formParam("kind", "PERSON").post("/register").then().statusCode(400).extract().asString();
        assertThat(html).contains("请填写有效的邮箱地址", "密码至少需要 10 个字符", "value=\"张三\"", "aria-invalid=\"true\"");
    }

    @Test
    void aValidRegistrationAsksToCheckTheMailbox() {
        Response page = formPage("/register");
        String html = given().cookies(page.getCookies()).cookie("lang", "en").formParam("csrf-token", token(page))
                .formParam("email", "page-" + UUID.randomUUID() + "@example.cn")
                .formParam("password", "a long enough sentence").formParam("displayName", "Wang Wu")
                .formParam("kind", "PERSON").header("X-Forwarded-For", "10.55.0.9").post("/register").then()
                .statusCode(200).extract().asString();
        assertThat(html).contains("Check your mailbox");
    }

    @Test
    void aStaleResetLinkSaysSo() {
        Response page = formPage("/password/reset?token=stale");
        assertThat(page.asString()).contains("value=\"stale\"");
        String html = given().cookies(page.getCookies()).formParam("csrf-token", token(page)).formParam("token", "stale")
                .formParam("password", "a long enough sentence").post("/password/reset").then().statusCode(400)
                .extract().asString();
        assertThat(html).contains("链接无效");
    }

    @Test
    void everyPublicPageRendersInBothLanguagesWithoutInlineScripts() {
        for (String path : new String[] { "/", "/login", "/register", "/password/forgot" }) {
            String chinese = given().get(path).then().statusCode(200).extract().asString();
            String english = given().cookie("lang", "en").get(path).then().statusCode(200).extract().asString();
            assertThat(chinese).as(path).contains("lang=\"zh-CN\"", "终本案件债权人透明门户");
            assertThat(english).as(path).contains("lang=\"en\"", "Creditor Transparency Portal");
            // Progressive enhancement only: the portal's own script files, deferred; nothing inline (strict CSP).
            assertThat(withoutOwnScripts(chinese)).as(path).doesNotContain("<script");
            assertThat(withoutOwnScripts(english)).as(path).doesNotContain("<script");
        }
    }

    private static String withoutOwnScripts(String html) {
        return html.replaceAll("<script src=\"/static/js/[a-z-]+\\.js\" defer></script>", "");
    }
}
