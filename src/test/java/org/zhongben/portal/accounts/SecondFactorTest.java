package org.zhongben.portal.accounts;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import javax.crypto.spec.SecretKeySpec;

import jakarta.inject.Inject;

import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.Test;
import org.zhongben.portal.testsupport.Browser;
import org.zhongben.portal.testsupport.TestTokens;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Court staff sign in with password and authenticator app: enrolment by QR code or typed secret, codes accepted once,
 * recovery codes, the attempt limit, and no staff role for anyone who has not given the second factor.
 */
@QuarkusTest
class SecondFactorTest {

    private static final String PASSWORD = "staff-password-123";
    private static final Pattern SECRET = Pattern.compile("id=\"secret\">([A-Z2-7 ]+)<");
    private static final Pattern RECOVERY = Pattern.compile("<code>([a-z2-9]{5}-[a-z2-9]{5})</code>");

    @Inject
    Pool pool;

    @Inject
    SecretHasher hasher;

    @Inject
    SecondFactorResetCommand resetCommand;

    @Test
    void aClerkEnrolsByApiAndOnlyThenActsAsClerk() throws Exception {
        String email = staff(Roles.CLERK, "京0105");
        Response signIn = signIn(email);
        assertThat(signIn.<String> path("role")).isEqualTo(Roles.STAFF_PENDING);
        assertThat(signIn.<Integer> path("expiresIn")).isEqualTo(600);
        String pending = signIn.path("accessToken");

        // the password alone opens nothing a clerk may do
        given().auth().oauth2(pending).redirects().follow(false).get("/court/resumption").then()
                .statusCode(org.hamcrest.Matchers.oneOf(403, 404));
        given().auth().oauth2(pending).get("/api/v1/inbox").then().statusCode(403);

        String secret = given().auth().oauth2(pending).post("/api/v1/auth/second-factor/enrolment").then()
                .statusCode(200).extract().path("secret");
        String uri = given().auth().oauth2(pending).post("/api/v1/auth/second-factor/enrolment").then()
                .statusCode(200).extract().path("otpauthUri");
        assertThat(uri).as("the same secret until confirmed").contains("secret=" + secret)
                .startsWith("otpauth://totp/").contains("digits=6", "period=30", "algorithm=SHA1");

        // a wrong first code enrols nothing
        confirm(pending, wrongCode(secret)).then().statusCode(401).contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.endsWith("auth/second-factor-wrong-code"));
        assertThat(enrolled(email)).isFalse();

        Response enrolled = confirm(pending, code(secret, Instant.now()));
        enrolled.then().statusCode(200);
        List<String> recovery = enrolled.path("recoveryCodes");
        assertThat(recovery).hasSize(10).doesNotHaveDuplicates().allMatch(c -> c.matches("[a-z2-9]{5}-[a-z2-9]{5}"));
        assertThat(enrolled.<String> path("role")).isEqualTo(Roles.CLERK);
        String staff = enrolled.path("accessToken");
        assertThat(enrolled(email)).isTrue();

        given().auth().oauth2(staff).redirects().follow(false).get("/court/resumption").then().statusCode(200);
        // the pending session ended with the second step
        given().auth().oauth2(pending).post("/api/v1/auth/second-factor/enrolment").then().statusCode(401);
        assertThat(audited(email, "SECOND_FACTOR_ENROLLED")).isEqualTo(1);
    }

    @Test
    void aCodeWorksOnceAndARecoveryCodeOnce() throws Exception {
        String email = staff(Roles.SUPERVISOR, null);
        String secret = enrol(email);
        long step = enrolledStep;

        // the code of the enrolment step is spent; the next step's code (clock drift) is still good
        String spent = code(secret, Instant.ofEpochSecond(step * 30));
        String pending = signIn(email).path("accessToken");
        verify(pending, spent).then().statusCode(401);
        String staff = verify(pending, code(secret, Instant.ofEpochSecond((step + 1) * 30))).then().statusCode(200)
                .body("role", org.hamcrest.Matchers.equalTo(Roles.SUPERVISOR)).extract().path("accessToken");
        given().auth().oauth2(staff).get("/api/v1/audit/chain").then().statusCode(200);
        // the password-only session ended with the second step: it cannot try another code
        verify(pending, code(secret, Instant.ofEpochSecond((step + 2) * 30))).then().statusCode(401);

        // nor can the same code open a second session at the same time
        String again = signIn(email).path("accessToken");
        verify(again, code(secret, Instant.ofEpochSecond((step + 1) * 30))).then().statusCode(401);

        String recovery = recoveryCodes.get(email).get(3);
        verify(again, recovery.toUpperCase(Locale.ROOT).replace("-", " ")).then().statusCode(200);
        String third = signIn(email).path("accessToken");
        verify(third, recovery).then().statusCode(401);
        assertThat(audited(email, "SIGNED_IN_WITH_RECOVERY_CODE")).isEqualTo(1);
    }

    @Test
    void fiveWrongCodesLockTheAccountForAWhile() throws Exception {
        String email = staff(Roles.CLERK, "京0105");
        String secret = enrol(email);
        String pending = signIn(email).path("accessToken");
        for (int i = 0; i < SecondFactor.ATTEMPTS_PER_ACCOUNT.limit(); i++) {
            verify(pending, wrongCode(secret)).then().statusCode(401);
        }
        Response locked = verify(pending, code(secret, Instant.now().plusSeconds(30)));
        locked.then().statusCode(429);
        assertThat(Long.parseLong(locked.header("Retry-After"))).isBetween(1L, 900L);
    }

    @Test
    void aStaffTokenWithoutTheSecondFactorIsRefused() {
        long id = pool.preparedQuery("SELECT id FROM account WHERE lower(email) = lower($1)")
                .execute(Tuple.of(staff(Roles.CLERK, "京0105"))).await().indefinitely().iterator().next().getLong("id");
        String forged = TestTokens.staffWithoutSecondFactor(id, Roles.CLERK, "京0105");
        given().auth().oauth2(forged).get("/api/v1/inbox").then().statusCode(401);
        given().auth().oauth2(forged).redirects().follow(false).get("/court/resumption").then()
                .statusCode(org.hamcrest.Matchers.not(200));
        given().auth().oauth2(TestTokens.clerk(id, "有第二重验证", "京0105")).get("/api/v1/inbox").then().statusCode(200);
    }

    @Test
    void aClerkEnrolsThroughThePagesInEitherLanguage() throws Exception {
        for (String language : new String[] { "zh", "en" }) {
            String email = staff(Roles.CLERK, "京0105");
            Browser browser = new Browser(language);
            browser.get("/login", 200);
            Response password = browser.post("/login/account",
                    Map.of("email", email, "password", PASSWORD, "next", "/court/resumption"));
            assertThat(password.statusCode()).isEqualTo(303);
            assertThat(password.header("Location")).endsWith("/login/second-factor?next=%2Fcourt%2Fresumption");
            String page = browser.follow(password);
            assertThat(page).contains("<svg", "<path d=\"M",
                    language.equals("zh") ? "绑定验证器应用" : "Set up your authenticator app");
            String secret = Browser.first(SECRET, page).replace(" ", "");

            Response wrong = browser.post("/login/second-factor/enrol",
                    Map.of("code", wrongCode(secret), "next", "/court/resumption"));
            assertThat(wrong.statusCode()).isEqualTo(401);
            assertThat(wrong.asString()).contains("aria-invalid=\"true\"", secret.substring(0, 4));

            Response done = browser.post("/login/second-factor/enrol",
                    Map.of("code", code(secret, Instant.now()), "next", "/court/resumption"));
            assertThat(done.statusCode()).isEqualTo(200);
            assertThat(RECOVERY.matcher(done.asString()).results().count()).isEqualTo(10);
            assertThat(done.asString()).contains("href=\"/court/resumption\"");
            browser.get("/court/resumption", 200);
        }
    }

    @Test
    void theSecondStepFormIsRefusedWithoutItsCsrfToken() throws Exception {
        String email = staff(Roles.CLERK, "京0105");
        String secret = enrol(email);
        String pending = signIn(email).path("accessToken");
        given().cookie("portal_session", pending).redirects().follow(false)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("code", code(secret, Instant.now().plusSeconds(30))).post("/login/second-factor").then()
                .statusCode(400);
        // the code was not spent by the refused form
        verify(pending, code(secret, Instant.now().plusSeconds(30))).then().statusCode(200);
    }

    @Test
    void theAdministratorResetEndsSessionsAndTheNextSignInEnrolsAnew() throws Exception {
        String email = staff(Roles.CLERK, "京0105");
        enrol(email);
        String staffToken = lastStaffToken;
        given().auth().oauth2(staffToken).get("/api/v1/inbox").then().statusCode(200);
        Thread.sleep(1100); // sessions issued before the reset's second end with it

        assertThat(resetCommand.reset(email).await().indefinitely()).isTrue();
        assertThat(resetCommand.reset("nobody-" + UUID.randomUUID() + "@test.cn").await().indefinitely()).isFalse();

        given().auth().oauth2(staffToken).get("/api/v1/inbox").then().statusCode(401);
        String pending = signIn(email).path("accessToken");
        given().auth().oauth2(pending).post("/api/v1/auth/second-factor/enrolment").then().statusCode(200);
        assertThat(audited(email, "SECOND_FACTOR_RESET")).isEqualTo(1);
    }

    @Test
    void codesFollowRfc6238() {
        // RFC 6238 appendix B, SHA-1 seed "12345678901234567890": 94287082 at T = 59 s and 07081804 at
        // T = 1111111109 s (8 digits); an authenticator app shows their last 6
        byte[] seed = "12345678901234567890".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertThat(SecondFactor.codeAt(seed, 59 / 30)).isEqualTo("287082");
        assertThat(SecondFactor.codeAt(seed, 1111111109L / 30)).isEqualTo("081804");
        SecondFactor factor = new SecondFactor(null, null, null, null, null, java.time.Clock.systemUTC(), "test");
        assertThat(factor.uri("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", "a@b.cn"))
                .isEqualTo("otpauth://totp/test:a%40b.cn?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=test"
                        + "&algorithm=SHA1&digits=6&period=30");
        assertThat(new Base32().encodeToString("12345678901234567890".getBytes()))
                .isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertThat(SecondFactor.qrSvg("otpauth://totp/x")).startsWith("<svg").contains("viewBox=\"0 0 ");
    }

    // --- fixtures ---

    private final Map<String, List<String>> recoveryCodes = new java.util.concurrent.ConcurrentHashMap<>();
    private String lastStaffToken;
    private long enrolledStep;

    private String staff(String role, String court) {
        String email = role + "-" + UUID.randomUUID() + "@court.test.cn";
        pool.preparedQuery("""
                INSERT INTO account (email, password_hash, display_name, kind, role, court_code, email_confirmed_at,
                                     password_changed_at)
                VALUES ($1, $2, '法院工作人员', 'PERSON', $3, $4, now(), now() - interval '1 minute')""")
                .execute(Tuple.of(email, hasher.hashBlocking(PASSWORD), role, court)).await().indefinitely();
        return email;
    }

    /** Enrols through the API and returns the secret; the recovery codes are kept per address. */
    private String enrol(String email) throws Exception {
        String pending = signIn(email).path("accessToken");
        String secret = given().auth().oauth2(pending).post("/api/v1/auth/second-factor/enrolment").then()
                .statusCode(200).extract().path("secret");
        Instant at = Instant.now();
        Response enrolled = confirm(pending, code(secret, at));
        enrolled.then().statusCode(200);
        enrolledStep = at.getEpochSecond() / 30;
        recoveryCodes.put(email, enrolled.path("recoveryCodes"));
        lastStaffToken = enrolled.path("accessToken");
        return secret;
    }

    private static Response signIn(String email) {
        return given().contentType(ContentType.JSON).body(Map.of("email", email, "password", PASSWORD))
                .post("/api/v1/auth/sign-in").then().statusCode(200).extract().response();
    }

    private static Response confirm(String pending, String code) {
        return given().auth().oauth2(pending).contentType(ContentType.JSON).body(Map.of("code", code))
                .post("/api/v1/auth/second-factor/enrolment/confirm");
    }

    private static Response verify(String pending, String code) {
        return given().auth().oauth2(pending).contentType(ContentType.JSON).body(Map.of("code", code))
                .post("/api/v1/auth/second-factor");
    }

    /** What an authenticator app shows at {@code at} for the Base32 secret. */
    static String code(String secret, Instant at) throws Exception {
        TimeBasedOneTimePasswordGenerator totp = new TimeBasedOneTimePasswordGenerator(Duration.ofSeconds(30), 6);
        return totp.generateOneTimePasswordString(new SecretKeySpec(new Base32().decode(secret), "HmacSHA1"), at,
                Locale.ROOT);
    }

    /** A code no step around now has. */
    private static String wrongCode(String secret) throws Exception {
        Instant now = Instant.now();
        java.util.Set<String> near = new java.util.HashSet<>();
        for (int step = -2; step <= 2; step++) {
            near.add(code(secret, now.plusSeconds(30L * step)));
        }
        for (int candidate = 0;; candidate++) {
            String code = String.format("%06d", candidate);
            if (!near.contains(code)) {
                return code;
            }
        }
    }

    private boolean enrolled(String email) {
        return pool.preparedQuery("""
                SELECT count(*) FROM staff_second_factor f JOIN account a ON a.id = f.account_id
                WHERE lower(a.email) = lower($1) AND f.enrolled_at IS NOT NULL""").execute(Tuple.of(email))
                .await().indefinitely().iterator().next().getLong(0) == 1;
    }

    private long audited(String email, String action) {
        return pool.preparedQuery("""
                SELECT count(*) FROM audit_event l JOIN account a ON l.subject = 'account:' || a.id
                WHERE lower(a.email) = lower($1) AND l.action = $2""").execute(Tuple.of(email, action))
                .await().indefinitely().iterator().next().getLong(0);
    }
}
