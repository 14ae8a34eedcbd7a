package org.zhongben.portal.registry;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;
import org.zhongben.portal.casefile.CaseNumber;
import org.zhongben.portal.casefile.CreditCode;
import org.zhongben.portal.casefile.ResidentIdNumber;
import org.zhongben.portal.casefile.vocabulary.CaseType;
import org.zhongben.portal.testsupport.CaseFiles;
import org.zhongben.portal.testsupport.Intake;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The public registry: what an entry shows (never a full personal ID number), each search mode, refused partial
 * numbers, shielding when a case is resumed or performed, keyset paging, the rate limit, and the read-only pool.
 */
@QuarkusTest
class RegistryTest {

    private static final Pattern FULL_ID = Pattern.compile("\\d{17}[\\dX]");
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华玉萍红娥玲芬燕彬鹏";

    @Inject
    Pool pool;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    @io.quarkus.reactive.datasource.ReactiveDataSource("replica")
    Pool replica;

    /** A 终本 case whose debtor has a name and ID number no other test uses, plus an organisation debtor. */
    record Debtors(String caseNumber, String person, String id, String company, String creditCode) {
    }

    private static Debtors store() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return store("测" + GIVEN.charAt(random.nextInt(GIVEN.length())) + GIVEN.charAt(random.nextInt(GIVEN.length()))
                + GIVEN.charAt(random.nextInt(GIVEN.length())) + random.nextInt(1000, 10000));
    }

    private static Debtors store(String person) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String first17 = "11010519850312" + String.format("%03d", random.nextInt(1000));
        String id = first17 + ResidentIdNumber.checkCharacter(first17);
        String code17 = "91110105MA" + String.format("%07d", random.nextInt(10_000_000));
        String code = code17 + CreditCode.checkCharacter(code17);
        String company = "测试债务人有限公司" + random.nextInt(100000);
        ObjectNode file = CaseFiles.fresh();
        ObjectNode debtor = (ObjectNode) file.get("parties").get(1);
        debtor.put("name", person).put("idNumber", id);
        ((ArrayNode) file.get("parties")).addObject().put("id", "P3").put("role", "DEBTOR").put("kind", "LEGAL_PERSON")
                .put("name", company).put("idType", "USCC").put("idNumber", code);
        Intake.store(file);
        return new Debtors(file.get("caseNumber").asText(), person, id, company, code);
    }

    private static Response search(Map<String, ?> parameters) {
        return given().header("X-Forwarded-For", "10.1." + ThreadLocalRandom.current().nextInt(255) + "."
                + ThreadLocalRandom.current().nextInt(255)).queryParams(parameters).get("/api/v1/registry");
    }

    @Test
    void anEntryShowsOnlyThePublicFieldsAndNeverAFullPersonalIdNumber() {
        Debtors stored = store();
        Response found = search(Map.of("name", stored.person()));
        found.then().statusCode(200).body("items.size()", equalTo(1))
                .body("items[0].caseNumber", equalTo(stored.caseNumber()))
                .body("items[0].idNumberMasked",
                        equalTo(stored.id().substring(0, 4) + "**********" + stored.id().substring(14)))
                .body("items[0].unperformedAmount", equalTo(1200000.0f))
                .body("items[0].inFollowUpWindow", equalTo(true));
        search(Map.of("name", stored.company())).then().statusCode(200)
                .body("items[0].creditCode", equalTo(stored.creditCode()));
        // scan every answer for anything that looks like a full ID number, JSON and HTML alike
        String page = given().header("X-Forwarded-For", "10.2.0.1").queryParam("caseNumber", stored.caseNumber())
                .get("/registry").then().statusCode(200).extract().asString();
        assertThat(page).contains(stored.person(), stored.company(), stored.creditCode());
        for (String body : List.of(found.asString(), search(Map.of("caseNumber", stored.caseNumber())).asString(), page)) {
            assertThat(FULL_ID.matcher(body).results().map(match -> match.group())
                    .filter(candidate -> ResidentIdNumber.isValid(candidate)).toList()).isEmpty();
            assertThat(body).doesNotContain(stored.id(), "北京示例商贸有限公司", "示例路");
        }
    }

    /** A random four-character name and a homophone of it written with other characters in every position. */
    private static String[] nameAndHomophone() {
        // pairs of characters read alike without tones
        String[][] alike = { { "王", "汪" }, { "小", "晓" }, { "明", "鸣" }, { "伟", "威" }, { "丽", "莉" }, { "静", "靖" },
                { "杰", "洁" }, { "林", "琳" }, { "峰", "锋" }, { "华", "化" } };
        StringBuilder written = new StringBuilder();
        StringBuilder spoken = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            String[] pair = alike[ThreadLocalRandom.current().nextInt(alike.length)];
            written.append(pair[0]);
            spoken.append(pair[1]);
        }
        return new String[] { written.toString(), spoken.toString() };
    }

    @Test
    void fuzzySearchFindsNamesThatSoundTheSameWrittenWithOtherCharacters() {
        String[] names = nameAndHomophone();
        Debtors stored = store(names[0]);
        search(Map.of("name", names[1], "match", "fuzzy")).then().statusCode(200)
                .body("items.caseNumber", hasItem(stored.caseNumber()));
        search(Map.of("name", names[1])).then().statusCode(200).body("items.caseNumber", not(hasItem(stored.caseNumber())));
    }

    @Test
    void fuzzyResultsPageWithoutGapsOrRepeats() {
        String[] names = nameAndHomophone();
        List<String> stored = List.of(store(names[0]).caseNumber(), store(names[0]).caseNumber(),
                store(names[0]).caseNumber());
        List<String> seen = new java.util.ArrayList<>();
        String after = null;
        do {
            Map<String, Object> parameters = new java.util.HashMap<>(Map.of("name", names[1], "match", "fuzzy", "limit", 1));
            if (after != null) {
                parameters.put("after", after);
            }
            Response page = search(parameters);
            page.then().statusCode(200);
            seen.addAll(page.jsonPath().getList("items.caseNumber"));
            after = page.jsonPath().getString("next");
        } while (after != null && seen.size() < 100);
        assertThat(seen).doesNotHaveDuplicates().containsAll(stored);
    }

    @Test
    void theMigrationGivesEntriesStoredBeforeSoundKeysTheirKeys() throws Exception {
        Debtors stored = store("曾" + "伟丽静杰林峰".charAt(ThreadLocalRandom.current().nextInt(6)) + "测试");
        String deleted = "DELETE FROM registry_name_key k USING registry_entry e WHERE e.case_id = k.case_id"
                + " AND e.party_id = k.party_id AND e.debtor_name = $1 AND k.key LIKE 'py:%'";
        assertThat(pool.preparedQuery(deleted).execute(Tuple.of(stored.person())).await().indefinitely().rowCount())
                .isEqualTo(NameKeys.sounds(stored.person()).size());
        try (Connection connection = dataSource.getConnection()) {
            new V202612100901__RegistrySoundKeys().migrate(new Context() {
                @Override
                public Configuration getConfiguration() {
                    return new FluentConfiguration();
                }

                @Override
                public Connection getConnection() {
                    return connection;
                }
            });
        }
        List<String> keys = pool.preparedQuery("SELECT k.key FROM registry_name_key k JOIN registry_entry e"
                + " ON e.case_id = k.case_id AND e.party_id = k.party_id WHERE e.debtor_name = $1 AND k.key LIKE 'py:%'")
                .execute(Tuple.of(stored.person())).await().indefinitely().stream().map(row -> row.getString(0)).toList();
        assertThat(keys).containsExactlyInAnyOrderElementsOf(NameKeys.sounds(stored.person())).contains(
                "py:zeng " + NameKeys.sounds(stored.person()).get(0).split(" ", 3)[1] + " ce shi");
        search(Map.of("name", "增" + stored.person().substring(1), "match", "fuzzy")).then().statusCode(200)
                .body("items.caseNumber", hasItem(stored.caseNumber()));
    }

    @Test
    void everySearchModeFindsTheEntry() {
        Debtors stored = store();
        String person = stored.person();
        search(Map.of("name", person.substring(0, 4), "match", "prefix")).then().statusCode(200)
                .body("items.caseNumber", hasItem(stored.caseNumber()));
        String oneDifferent = person.substring(0, 1) + "某" + person.substring(2);
        search(Map.of("name", oneDifferent, "match", "fuzzy")).then().statusCode(200)
                .body("items.caseNumber", hasItem(stored.caseNumber()));
        search(Map.of("name", oneDifferent)).then().statusCode(200).body("items.caseNumber", not(hasItem(stored.caseNumber())));
        search(Map.of("id", stored.id())).then().statusCode(200).body("items[0].debtorName", equalTo(person));
        search(Map.of("id", stored.creditCode().toLowerCase())).then().statusCode(200)
                .body("items[0].debtorName", equalTo(stored.company()));
        search(Map.of("caseNumber", stored.caseNumber())).then().statusCode(200).body("items.size()", equalTo(2));
        search(Map.of("court", CaseFiles.COURT, "name", person)).then().statusCode(200).body("items.size()", equalTo(1));
        search(Map.of("name", person, "from", "2023-08-01", "to", "2023-08-31")).then().body("items.size()", equalTo(1));
        search(Map.of("name", person, "from", "2023-09-01")).then().body("items.size()", equalTo(0));
        search(Map.of("name", person, "minAmount", "1000000", "maxAmount", "1300000")).then().body("items.size()", equalTo(1));
        search(Map.of("name", person, "minAmount", "1300000")).then().body("items.size()", equalTo(0));
    }

    @Test
    void aPartialIdNumberIsRefused() {
        Debtors stored = store();
        for (String partial : List.of(stored.id().substring(0, 10), stored.id().substring(0, 17) + "0", "3301*1234")) {
            // a changed check digit may by chance make another valid number (1 in 11), or a valid credit code (1 in 31)
            if (ResidentIdNumber.isValid(partial) || CreditCode.isValid(CreditCode.normalise(partial))) {
                continue;
            }
            search(Map.of("id", partial)).then().statusCode(400).body("code", equalTo("registry/partial-id"));
        }
    }

    @Test
    void pagesFollowEachOtherWithoutGapsOrRepeats() {
        Debtors first = store();
        store();
        store();
        // three cases with the same debtor company name prefix, one per page
        List<String> seen = new java.util.ArrayList<>();
        String after = null;
        do {
            Map<String, Object> parameters = new java.util.HashMap<>(Map.of("court", CaseFiles.COURT, "limit", 1,
                    "from", "2023-08-15", "to", "2023-08-15", "name", "测试债务人有限公司", "match", "prefix"));
            if (after != null) {
                parameters.put("after", after);
            }
            Response page = search(parameters);
            page.then().statusCode(200);
            seen.addAll(page.jsonPath().getList("items.ref"));
            after = page.jsonPath().getString("next");
        } while (after != null && seen.size() < 500);
        assertThat(seen).doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(3);
        assertThat(first).isNotNull();
    }

    @Test
    void anEntryIsShieldedWhenTheCaseIsResumedOrPerformed() {
        Debtors resumed = store();
        ObjectNode child = CaseFiles.fresh();
        child.put("caseNumber", CaseNumber.of(2024, CaseFiles.COURT, CaseType.ZHI_HUI,
                ThreadLocalRandom.current().nextLong(100_000, 999_999)).render());
        child.put("parentCaseNumber", resumed.caseNumber());
        Intake.store(child);
        search(Map.of("name", resumed.person())).then().statusCode(200).body("items.size()", equalTo(0));
        assertThat(pool.preparedQuery("SELECT shield_reason FROM registry_entry WHERE case_number = $1")
                .execute(Tuple.of(resumed.caseNumber())).await().indefinitely().iterator().next().getString(0))
                .as("kept for history, shielded").isEqualTo("RESUMED");

        Debtors performed = store();
        ObjectNode paid = CaseFiles.fresh();
        paid.put("caseNumber", performed.caseNumber()).put("version", paid.get("version").asLong() + 1)
                .put("unperformedAmount", 0)
                .put("realisedAmount", paid.get("claimedAmount").decimalValue());
        ((ObjectNode) paid.get("parties").get(1)).put("name", performed.person()).put("idNumber", performed.id());
        given().auth().oauth2(org.zhongben.portal.testsupport.TestTokens.courtSystem(CaseFiles.COURT))
                .contentType("application/json").body(paid.toString()).post("/api/v1/intake/cases").then()
                .statusCode(org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(201)));
        search(Map.of("name", performed.person())).then().statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void tooManySearchesAreRefusedUntilTheWindowPasses() throws InterruptedException {
        String client = "10.3." + ThreadLocalRandom.current().nextInt(255) + "." + ThreadLocalRandom.current().nextInt(255);
        int ok = 0;
        Response refused = null;
        for (int i = 0; i < 25 && refused == null; i++) {
            Response answer = given().header("X-Forwarded-For", client).queryParam("court", "京0105").get("/api/v1/registry");
            if (answer.statusCode() == 429) {
                refused = answer;
            } else {
                assertThat(answer.statusCode()).isEqualTo(200);
                ok++;
            }
        }
        assertThat(ok).isEqualTo(20);
        assertThat(refused).isNotNull();
        refused.then().body("code", equalTo("registry/too-many-searches"));
        long wait = Long.parseLong(refused.header("Retry-After"));
        assertThat(wait).isBetween(1L, 3L);
        Thread.sleep(wait * 1000 + 500);
        given().header("X-Forwarded-For", client).queryParam("court", "京0105").get("/api/v1/registry").then().statusCode(200);
    }

    @Test
    void aWrongEntryCanBeReportedAndTheCourtsClerkAnswersIt() {
        Debtors stored = store();
        String ref = search(Map.of("name", stored.person())).jsonPath().getString("items[0].ref");
        org.zhongben.portal.testsupport.Browser visitor = new org.zhongben.portal.testsupport.Browser("zh");
        visitor.get("/registry/entries/" + ref + "/correction", 200);
        Response sent = visitor.upload("/registry/entries/" + ref + "/correction", "evidence",
                Map.of("requester", "测试人", "contact", "13800138000", "whatIsWrong", "已于2024年全部履行完毕"), Map.of());
        assertThat(sent.statusCode()).isEqualTo(200);
        assertThat(sent.asString()).contains("已提交");

        long clerkId = org.zhongben.portal.testsupport.TestAccounts.create(pool, "clerk", "书记员", CaseFiles.COURT);
        org.zhongben.portal.testsupport.Browser clerk = new org.zhongben.portal.testsupport.Browser("zh")
                .session(org.zhongben.portal.testsupport.TestTokens.clerk(clerkId, "书记员", CaseFiles.COURT));
        String queue = clerk.get("/court/registry-corrections", 200);
        assertThat(queue).contains(stored.caseNumber(), "已于2024年全部履行完毕", "13800138000");
        long id = Long.parseLong(queue.replaceAll("(?s).*action=\"/court/registry-corrections/(\\d+)\".*", "$1"));
        assertThat(clerk.post("/court/registry-corrections/{id}", Map.of("answer", "已核实,将屏蔽"), id).statusCode())
                .isEqualTo(303);
        assertThat(clerk.get("/court/registry-corrections", 200)).doesNotContain("已于2024年全部履行完毕");

        // another court's clerk sees nothing of it
        long other = org.zhongben.portal.testsupport.TestAccounts.create(pool, "clerk", "书记员", "沪0105");
        new org.zhongben.portal.testsupport.Browser("zh")
                .session(org.zhongben.portal.testsupport.TestTokens.clerk(other, "书记员", "沪0105"))
                .get("/court/registry-corrections", 200);
    }

    @Test
    void oneAddressMayAskForAHandfulOfCorrectionsAnHour() {
        Debtors stored = store();
        String ref = search(Map.of("name", stored.person())).jsonPath().getString("items[0].ref");
        String address = "10.66." + ThreadLocalRandom.current().nextInt(256) + "."
                + ThreadLocalRandom.current().nextInt(1, 255);
        Response form = given().header("X-Forwarded-For", address).get("/registry/entries/" + ref + "/correction");
        String token = form.asString().replaceAll("(?s).*name=\"csrf-token\" value=\"([^\"]+)\".*", "$1");
        java.util.List<Integer> statuses = new java.util.ArrayList<>();
        Response last = null;
        for (int i = 0; i < CorrectionService.PER_ADDRESS.limit() + 1; i++) {
            last = new org.zhongben.portal.testsupport.MultipartBody().field("csrf-token", token)
                    .field("requester", "张三").field("contact", "13800138000").field("whatIsWrong", "第" + i + "次:已履行")
                    .on(given().cookies(form.getCookies()).header("X-Forwarded-For", address))
                    .post("/registry/entries/" + ref + "/correction");
            statuses.add(last.statusCode());
        }
        assertThat(statuses.subList(0, statuses.size() - 1)).containsOnly(200);
        assertThat(statuses.get(statuses.size() - 1)).isEqualTo(429);
        assertThat(last.getHeader("Retry-After")).matches("\\d+");
        assertThat(pool.preparedQuery("SELECT count(*) FROM registry_correction WHERE contact = '13800138000'"
                + " AND what_is_wrong LIKE '第%次:已履行' AND case_id = $1").execute(Tuple.of(Long.parseLong(ref.split("-")[0])))
                .await().indefinitely().iterator().next().getLong(0)).as("the refused one is not stored")
                .isEqualTo(CorrectionService.PER_ADDRESS.limit());
    }

    @Test
    void searchesGoThroughTheReadOnlyReplicaPool() {
        Debtors stored = store();
        search(Map.of("name", stored.person())).then().statusCode(200);
        long replicaSessions = pool.query("""
                SELECT count(*) FROM pg_stat_activity WHERE application_name = 'portal-read-replica'""").execute().await()
                .indefinitely().iterator().next().getLong(0);
        assertThat(replicaSessions).isPositive();
        // and it cannot write
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> replica.query(
                "UPDATE registry_entry SET unperformed_amount = 0 WHERE case_number = '" + stored.caseNumber() + "'")
                .execute().await().indefinitely()).hasMessageContaining("read-only");
    }
}
