package org.zhongben.portal.cases;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.util.function.Function;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.zhongben.portal.accounts.Roles;
import org.zhongben.portal.testsupport.CaseFiles;
import org.zhongben.portal.testsupport.Intake;
import org.zhongben.portal.testsupport.Sessions;
import org.zhongben.portal.testsupport.TestAccounts;
import org.zhongben.portal.testsupport.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import io.vertx.mutiny.sqlclient.Pool;

/**
 * Who may see a case, for the page and the API alike: its parties and the accounts that linked it; everyone else
 * signed in gets 404 (never 403, so case numbers cannot be probed); visitors must sign in.
 */
@QuarkusTest
class CaseAccessTest {

    @Inject
    Pool pool;

    private Intake.StoredCase target;
    private Intake.StoredCase other;

    @BeforeEach
    void twoCases() {
        target = Intake.storeFresh();
        other = Intake.storeFresh();
    }

    /** A way of making a request as some viewer. */
    record As(String name, Function<CaseAccessTest, RequestSpecification> spec) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> outsiders() {
        return Stream.of(
                Arguments.of(new As("creditor of another case",
                        test -> given().auth().oauth2(Sessions.caseLogin(test.other.caseNumber(), test.other.creditorCode())))),
                Arguments.of(new As("debtor of another case",
                        test -> given().auth().oauth2(Sessions.caseLogin(test.other.caseNumber(), test.other.debtorCode())))),
                Arguments.of(new As("account that did not link the case",
                        test -> given().auth().oauth2(TestTokens.account(TestAccounts.create(test.pool, Roles.CREDITOR,
                                "王五", null), Roles.CREDITOR, "王五")))),
                Arguments.of(new As("lawyer without a delegation",
                        test -> given().auth().oauth2(TestTokens.account(TestAccounts.create(test.pool, Roles.LAWYER,
                                "律师甲", null), Roles.LAWYER, "律师甲")))),
                Arguments.of(new As("court-system client of the case's court",
                        test -> given().auth().oauth2(TestTokens.courtSystem(CaseFiles.COURT)))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("outsiders")
    void outsidersGet404FromTheApi(As as) {
        as.spec().apply(this).get("/api/v1/cases/{n}", target.caseNumber()).then().statusCode(404)
                .contentType("application/problem+json").body("code", equalTo("case/not-found"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("outsiders")
    void outsidersGet404FromThePage(As as) {
        as.spec().apply(this).accept("text/html").redirects().follow(false).get("/cases/{n}", target.caseNumber()).then()
                .statusCode(404).contentType(containsString("text/html"));
    }

    @Test
    void visitorsMustSignIn() {
        given().get("/api/v1/cases/{n}", target.caseNumber()).then().statusCode(401)
                .body("code", equalTo("common/unauthenticated"));
        given().redirects().follow(false).accept("text/html").get("/cases/{n}", target.caseNumber()).then()
                .statusCode(303).header("Location", containsString("/login?next="));
    }

    @Test
    void thePartiesAndTheLinkingAccountSeeTheCase() {
        given().auth().oauth2(Sessions.caseLogin(target.caseNumber(), target.creditorCode()))
                .get("/api/v1/cases/{n}", target.caseNumber()).then().statusCode(200)
                .body("viewerRole.code", equalTo("CREDITOR"));
        given().auth().oauth2(Sessions.caseLogin(target.caseNumber(), target.debtorCode()))
                .get("/api/v1/cases/{n}", target.caseNumber()).then().statusCode(200)
                .body("viewerRole.code", equalTo("DEBTOR"));
        long account = TestAccounts.create(pool, Roles.CREDITOR, "北京示例商贸有限公司", null);
        TestAccounts.link(pool, account, target.caseNumber(), "P1");
        given().auth().oauth2(TestTokens.account(account, Roles.CREDITOR, "北京示例商贸有限公司"))
                .get("/api/v1/cases/{n}", target.caseNumber()).then().statusCode(200);
    }

    @Test
    void personalIdNumbersAreMaskedForParties() {
        given().auth().oauth2(Sessions.caseLogin(target.caseNumber(), target.creditorCode()))
                .get("/api/v1/cases/{n}", target.caseNumber()).then().statusCode(200)
                .body("parties.find { it.id == 'P2' }.idNumberMasked", equalTo("1101**********1234"))
                .body("parties.find { it.id == 'P2' }.idNumberMasked", startsWith("1101"));
    }
}
