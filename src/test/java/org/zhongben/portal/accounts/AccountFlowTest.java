package org.zhongben.portal.accounts;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zhongben.portal.testsupport.Intake;
import org.zhongben.portal.testsupport.Sessions;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** A creditor registers, confirms the address by link, links two cases and sees both; resets a password by link. */
@QuarkusTest
class AccountFlowTest {

    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]+)");
    private static final String PASSWORD = "a sentence long enough";

    @Inject
    MockMailbox mailbox;

    @BeforeEach
    void emptyMailbox() {
        mailbox.clear();
    }

    private static String newEmail() {
        return "creditor-" + UUID.randomUUID() + "@example.cn";
    }

    private void register(String email, String name, String kind) {
        given().contentType(ContentType.JSON).header("X-Forwarded-For", "10.9." + Math.abs(email.hashCode() % 250) + ".1")
                .body("{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\",\"displayName\":\"" + name
                        + "\",\"kind\":\"" + kind + "\"}")
                .post("/api/v1/accounts").then().statusCode(202);
    }

    private String linkFrom(String email) {
        List<Mail> mails = mailbox.getMailsSentTo(email);
        assertThat(mails).isNotEmpty();
        Matcher token = TOKEN.matcher(mails.get(mails.size() - 1).getText());
        assertThat(token.find()).isTrue();
        return token.group(1);
    }

    @Test
    void registeredOrganisationConfirmsItsAddressLinksTwoCasesAndSeesBothInItsPortfolio() {
        String email = newEmail();
        register(email, "中国示例银行股份有限公司北京分行", "ORGANISATION");
        assertThat(mailbox.getMailsSentTo(email).get(0).getSubject()).isEqualTo("请确认您的邮箱地址");

        given().contentType(ContentType.JSON).body("{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}")
                .post("/api/v1/auth/sign-in").then().statusCode(403).body("code", equalTo("auth/email-not-confirmed"));

        given().contentType(ContentType.JSON).body("{\"token\":\"" + linkFrom(email) + "\"}")
                .post("/api/v1/accounts/confirmations").then().statusCode(204);
        String token = Sessions.accountSignIn(email, PASSWORD);

        Intake.StoredCase first = Intake.storeFresh();
        Intake.StoredCase second = Intake.storeFresh();
        for (Intake.StoredCase stored : List.of(first, second)) {
            given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body("{\"caseNumber\":\"" + stored.caseNumber() + "\",\"queryCode\":\"" + stored.creditorCode() + "\"}")
                    .post("/api/v1/accounts/me/cases").then().statusCode(201).body("role", equalTo("creditor"));
        }
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"caseNumber\":\"" + first.caseNumber() + "\",\"queryCode\":\"" + first.creditorCode() + "\"}")
                .post("/api/v1/accounts/me/cases").then().statusCode(409);

        given().auth().oauth2(token).get("/api/v1/cases").then().statusCode(200)
                .body("items", hasSize(2))
                .body("items.caseNumber", containsInAnyOrder(first.caseNumber(), second.caseNumber()));
        given().auth().oauth2(token).get("/api/v1/cases/{n}", second.caseNumber()).then().statusCode(200);
    }

    @Test
    void registeringATakenAddressLooksTheSameButMailsTheOwner() {
        String email = newEmail();
        register(email, "张三", "PERSON");
        register(email, "冒名者", "PERSON");
        List<Mail> mails = mailbox.getMailsSentTo(email);
        assertThat(mails).hasSize(2);
        assertThat(mails.get(1).getSubject()).isEqualTo("您已经注册过账户");
    }

    @Test
    void aPasswordResetByLinkEndsEarlierSessionsAndTheNewPasswordWorks() {
        String email = newEmail();
        register(email, "李四", "PERSON");
        given().contentType(ContentType.JSON).body("{\"token\":\"" + linkFrom(email) + "\"}")
                .post("/api/v1/accounts/confirmations").then().statusCode(204);
        String oldSession = Sessions.accountSignIn(email, PASSWORD);
        given().auth().oauth2(oldSession).get("/api/v1/cases").then().statusCode(200);

        mailbox.clear();
        given().contentType(ContentType.JSON).header("Accept-Language", "en").body("{\"email\":\"" + email + "\"}")
                .post("/api/v1/accounts/password-reset-requests").then().statusCode(202);
        assertThat(mailbox.getMailsSentTo(email).get(0).getSubject()).isEqualTo("Reset your password");
        String reset = linkFrom(email);
        sleepPastTheSecond();
        given().contentType(ContentType.JSON).body("{\"token\":\"" + reset + "\",\"password\":\"another long sentence\"}")
                .post("/api/v1/accounts/password-resets").then().statusCode(204);

        given().auth().oauth2(oldSession).get("/api/v1/cases").then().statusCode(401);
        given().contentType(ContentType.JSON).body("{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}")
                .post("/api/v1/auth/sign-in").then().statusCode(401);
        Sessions.accountSignIn(email, "another long sentence");
        // a used link cannot be used twice
        given().contentType(ContentType.JSON).body("{\"token\":\"" + reset + "\",\"password\":\"yet another sentence\"}")
                .post("/api/v1/accounts/password-resets").then().statusCode(400).body("code", equalTo("account/link-invalid"));
    }

    @Test
    void unknownAddressesGetTheSameAnswerForAResetAndNoMail() {
        String email = newEmail();
        given().contentType(ContentType.JSON).body("{\"email\":\"" + email + "\"}")
                .post("/api/v1/accounts/password-reset-requests").then().statusCode(202);
        assertThat(mailbox.getMailsSentTo(email)).isEmpty();
    }

    @Test
    void shortPasswordsAndBadAddressesAreFieldErrors() {
        given().contentType(ContentType.JSON)
                .body("{\"email\":\"not-an-address\",\"password\":\"short\",\"displayName\":\"\",\"kind\":\"PERSON\"}")
                .post("/api/v1/accounts").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.hasItems("email", "password", "displayName"));
    }

    @Test
    void aBadConfirmationLinkIsRefused() {
        given().contentType(ContentType.JSON).body("{\"token\":\"nonsense\"}").post("/api/v1/accounts/confirmations")
                .then().statusCode(400).body("code", equalTo("account/link-invalid"));
    }

    /** Tokens carry whole seconds; the reset must land in a later second than the old session's issue time. */
    private static void sleepPastTheSecond() {
        try {
            Thread.sleep(1100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
