package org.zhongben.portal.cases;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zhongben.portal.accounts.Roles;
import org.zhongben.portal.testsupport.CaseFiles;
import org.zhongben.portal.testsupport.Intake;
import org.zhongben.portal.testsupport.TestAccounts;
import org.zhongben.portal.testsupport.TestTokens;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;

/** An organisation's list of cases: filter, sort, keyset paging and CSV, all in the database. */
@QuarkusTest
class PortfolioTest {

    @Inject
    Pool pool;

    private String token;
    private final List<String> numbers = new ArrayList<>();

    @BeforeEach
    void bankWithFourCases() {
        long bank = TestAccounts.create(pool, Roles.CREDITOR, "中国示例银行", null);
        token = TestTokens.account(bank, Roles.CREDITOR, "中国示例银行");
        numbers.clear();
        // docketed on different days, with different unperformed amounts; the last one still open
        String[] docketed = { "2021-03-01", "2022-03-01", "2023-02-01", "2024-01-10" };
        String[] unperformed = { "500.00", "90000.00", "1200000.00", "7000.00" };
        for (int i = 0; i < 4; i++) {
            ObjectNode file = CaseFiles.fresh();
            file.put("docketedOn", docketed[i]);
            file.put("applicationReceivedOn", docketed[i]);
            file.put("executionNoticeSentOn", docketed[i]);
            file.put("unperformedAmount", new java.math.BigDecimal(unperformed[i]));
            if (i == 3) {
                file.remove(List.of("closingMode", "closedOn", "ruling", "followUps", "databaseEntry", "interview"));
            }
            numbers.add(Intake.store(file).caseNumber());
            TestAccounts.link(pool, bank, numbers.get(i), "P1");
        }
    }

    @Test
    void newestDocketedComeFirstByDefault() {
        given().auth().oauth2(token).get("/api/v1/cases").then().statusCode(200).body("items", hasSize(4))
                .body("items.caseNumber", contains(numbers.get(3), numbers.get(2), numbers.get(1), numbers.get(0)))
                .body("next", nullValue());
    }

    @Test
    void filtersByStatusAndSortsByAmount() {
        given().auth().oauth2(token).get("/api/v1/cases?status=IN_ENFORCEMENT").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].caseNumber", equalTo(numbers.get(3)));
        given().auth().oauth2(token).get("/api/v1/cases?sort=unperformed").then().statusCode(200)
                .body("items.caseNumber", contains(numbers.get(2), numbers.get(1), numbers.get(3), numbers.get(0)));
        given().auth().oauth2(token).get("/api/v1/cases?sort=next-due").then().statusCode(200)
                .body("items[3].caseNumber", equalTo(numbers.get(3)))
                .body("items[0].nextFollowUpDue", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void keysetPagesWalkTheWholeListOnce() {
        List<String> seen = new ArrayList<>();
        String after = null;
        do {
            var page = given().auth().oauth2(token).queryParam("limit", 3).queryParam("sort", "unperformed")
                    .queryParam("after", after == null ? "" : after).get("/api/v1/cases").then().statusCode(200)
                    .extract().jsonPath();
            seen.addAll(page.getList("items.caseNumber"));
            after = page.getString("next");
        } while (after != null);
        assertThat(seen).containsExactly(numbers.get(2), numbers.get(1), numbers.get(3), numbers.get(0));
    }

    @Test
    void badFiltersAreClientErrors() {
        given().auth().oauth2(token).get("/api/v1/cases?sort=id;DROP").then().statusCode(400)
                .body("code", equalTo("case/invalid-filter"));
        given().auth().oauth2(token).get("/api/v1/cases?status=WHATEVER").then().statusCode(400);
        given().auth().oauth2(token).get("/api/v1/cases?after=%%%").then().statusCode(400);
        given().auth().oauth2(token).get("/api/v1/cases?q=%25").then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void theCsvHasAByteOrderMarkAndOneRowPerCase() {
        byte[] csv = given().auth().oauth2(token).get("/api/v1/cases/export").then().statusCode(200)
                .contentType(org.hamcrest.Matchers.containsString("text/csv")).extract().asByteArray();
        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertThat(text.lines()).hasSize(5);
        assertThat(text.lines().findFirst().orElseThrow()).startsWith("案号,法院");
        assertThat(text).contains(numbers.get(2), "1200000.00", "北京市朝阳区人民法院");
    }
}
