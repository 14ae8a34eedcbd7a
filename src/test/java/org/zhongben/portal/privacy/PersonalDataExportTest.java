package org.zhongben.portal.privacy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.zhongben.portal.accounts.Roles;
import org.zhongben.portal.casefile.ResidentIdNumber;
import org.zhongben.portal.testsupport.CaseFiles;
import org.zhongben.portal.testsupport.Intake;
import org.zhongben.portal.testsupport.TestAccounts;
import org.zhongben.portal.testsupport.TestTokens;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;

/** A person's access request: everything about them, nothing about anyone else, only for supervisors, audited. */
@QuarkusTest
class PersonalDataExportTest {

    @Inject
    Pool pool;

    private static String newId() {
        String first17 = "3301061980" + String.format("%02d", ThreadLocalRandom.current().nextInt(1, 13)) + "15"
                + String.format("%03d", ThreadLocalRandom.current().nextInt(1000));
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    private static String caseOfDebtor(String id) {
        ObjectNode file = CaseFiles.fresh();
        ((ObjectNode) file.get("parties").get(1)).put("idNumber", id);
        return Intake.store(file).caseNumber();
    }

    @Test
    void aSupervisorExportsEverythingAboutOnePersonAndNothingElse() {
        String person = newId();
        String other = newId();
        String first = caseOfDebtor(person);
        String second = caseOfDebtor(person);
        String unrelated = caseOfDebtor(other);
        String supervisor = TestTokens.account(TestAccounts.create(pool, Roles.SUPERVISOR, "监督员", null),
                Roles.SUPERVISOR, "监督员");

        JsonPath export = given().auth().oauth2(supervisor).contentType("application/json")
                .body("{\"idNumber\":\"" + person + "\"}").post("/api/v1/privacy/exports").then().statusCode(200)
                .extract().jsonPath();
        assertThat(export.getList("parties.caseNumber", String.class)).containsExactlyInAnyOrder(first, second);
        assertThat(export.getList("parties.idNumber", String.class)).containsOnly(person);
        assertThat(export.getList("register.caseNumber", String.class)).contains(first, second);
        assertThat(export.prettify()).doesNotContain(unrelated, other);

        List<String> actions = pool.query("SELECT action FROM audit_event WHERE action = 'PERSONAL_DATA_EXPORTED'")
                .execute().await().indefinitely().stream().map(row -> row.getString(0)).toList();
        assertThat(actions).isNotEmpty();
    }

    @Test
    void onlySupervisorsAskAndOnlyForAWholeValidNumber() {
        String person = newId();
        caseOfDebtor(person);
        String clerk = TestTokens.clerk(TestAccounts.create(pool, Roles.CLERK, "书记员", CaseFiles.COURT), "书记员",
                CaseFiles.COURT);
        given().auth().oauth2(clerk).contentType("application/json").body("{\"idNumber\":\"" + person + "\"}")
                .post("/api/v1/privacy/exports").then().statusCode(403);
        given().contentType("application/json").body("{\"idNumber\":\"" + person + "\"}").post("/api/v1/privacy/exports")
                .then().statusCode(401);
        String supervisor = TestTokens.account(TestAccounts.create(pool, Roles.SUPERVISOR, "监督员", null),
                Roles.SUPERVISOR, "监督员");
        given().auth().oauth2(supervisor).contentType("application/json")
                .body("{\"idNumber\":\"" + person.substring(0, 14) + "\"}").post("/api/v1/privacy/exports").then()
                .statusCode(400).body("type", endsWith("privacy/invalid-id"));
    }
}
