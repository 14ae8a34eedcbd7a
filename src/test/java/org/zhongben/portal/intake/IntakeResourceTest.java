package org.zhongben.portal.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.zhongben.portal.casefile.CaseFile;
import org.zhongben.portal.testsupport.CaseFiles;
import org.zhongben.portal.testsupport.Intake;
import org.zhongben.portal.testsupport.TestTokens;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

@QuarkusTest
class IntakeResourceTest {

    @Inject
    Pool pool;

    private static final String OTHER_COURT = "沪0115";
    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule());

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static String token() {
        return TestTokens.courtSystem(CaseFiles.COURT);
    }

    private static Response post(ObjectNode file) {
        return given().auth().oauth2(token()).contentType(ContentType.JSON).body(file.toString())
                .post("/api/v1/intake/cases");
    }

    /** The case number of the case that {@code caseNumber} is linked to as its parent, or null. */
    private String linkedParent(String caseNumber) {
        return pool.preparedQuery("""
                SELECT parent.case_number FROM enforcement_case child
                LEFT JOIN enforcement_case parent ON parent.id = child.parent_case_id WHERE child.case_number = $1""")
                .execute(Tuple.of(caseNumber)).await().indefinitely().iterator().next().getString(0);
    }

    @Test
    void aResumedCaseIsLinkedToItsParentWhicheverArrivesFirst() {
        ObjectNode parentFirst = CaseFiles.fresh();
        ObjectNode childAfter = CaseFiles.resumptionOf(parentFirst.get("caseNumber").asText());
        ObjectNode parentAfter = CaseFiles.fresh();
        ObjectNode childFirst = CaseFiles.resumptionOf(parentAfter.get("caseNumber").asText());
        ObjectNode parentInStream = CaseFiles.fresh();
        ObjectNode childInStream = CaseFiles.resumptionOf(parentInStream.get("caseNumber").asText());
        for (ObjectNode file : List.of(parentFirst, childAfter, childFirst)) {
            Intake.store(file);
        }
        assertThat(linkedParent(childFirst.get("caseNumber").asText())).isNull();
        // the parent arrives later, in one stream with a child and its parent that arrive together
        given().auth().oauth2(token()).contentType("application/x-ndjson")
                .body((childInStream + "\n" + parentAfter + "\n" + parentInStream + "\n").getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/intake/cases")
                .then().statusCode(200).body(containsString("\"accepted\":3"));

        assertThat(linkedParent(childAfter.get("caseNumber").asText())).isEqualTo(parentFirst.get("caseNumber").asText());
        assertThat(linkedParent(childFirst.get("caseNumber").asText())).isEqualTo(parentAfter.get("caseNumber").asText());
        assertThat(linkedParent(childInStream.get("caseNumber").asText()))
                .isEqualTo(parentInStream.get("caseNumber").asText());
        assertThat(linkedParent(parentFirst.get("caseNumber").asText())).isNull();
    }

    @Test
    void acceptedCaseRoundTripsFieldByField() throws Exception {
        ObjectNode sent = CaseFiles.fresh();
        String caseNumber = sent.get("caseNumber").asText();

        post(sent).then().statusCode(201)
                .body("caseNumber", equalTo(caseNumber))
                .body("outcome", equalTo("created"))
                .body("queryCodes", hasSize(2))
                .body("queryCodes.partyId", org.hamcrest.Matchers.containsInAnyOrder("P1", "P2"))
                .body("queryCodes[0].queryCode", org.hamcrest.Matchers.matchesPattern("[0-9A-Z]{4}(-[0-9A-Z]{4}){3}"));

        String stored = given().auth().oauth2(token()).get("/api/v1/intake/cases/{n}", caseNumber)
                .then().statusCode(200).header("ETag", containsString("3")).extract().asString();

        CaseFile expected = MAPPER.readValue(sent.toString(), CaseFile.class);
        CaseFile actual = MAPPER.readValue(stored, CaseFile.class);
        assertThat(actual).usingRecursiveComparison()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .isEqualTo(expected);
    }

    @Test
    void fullWidthParenthesesAddressTheSameCase() {
        ObjectNode sent = CaseFiles.fresh();
        String caseNumber = sent.get("caseNumber").asText();
        post(sent).then().statusCode(201);
        String fullWidth = caseNumber.replace('(', '（').replace(')', '）');
        given().auth().oauth2(token()).get("/api/v1/intake/cases/{n}", fullWidth)
                .then().statusCode(200).body("caseNumber", equalTo(caseNumber));
    }

    static Stream<Arguments> invalidFields() {
        return Stream.of(
                Arguments.of("caseNumber", "2023-1234", "caseNumber", "format"),
                Arguments.of("courtCode", "Beijing", "courtCode", "format"),
                Arguments.of("version", 0, "version", "required"),
                Arguments.of("parties[1].idNumber", "110105198503121235", "parties[1].idNumber", "resident-id"),
                Arguments.of("parties[1].idNumber", "110105198502301234", "parties[1].idNumber", "resident-id"),
                Arguments.of("parties[0].idNumber", "91110105MA01ABCD14", "parties[0].idNumber", "credit-code"),
                Arguments.of("parties[1].id", "P1", "parties[1].id", "duplicate"),
                Arguments.of("parties[0].name", "", "parties[0].name", "required"),
                Arguments.of("parties[0].name", "名".repeat(201), "parties[0].name", "too-long"),
                Arguments.of("parties[0].name", "bad\u0007name", "parties[0].name", "control-character"),
                Arguments.of("claimedAmount", -1, "claimedAmount", "range"),
                Arguments.of("claimedAmount", new BigDecimal("1.234"), "claimedAmount", "precision"),
                Arguments.of("unperformedAmount", 9_999_999, "unperformedAmount", "exceeds-claim"),
                Arguments.of("docketedOn", "2099-01-01", "docketedOn", "in-future"),
                Arguments.of("docketedOn", "1980-01-01", "docketedOn", "too-early"),
                Arguments.of("executionNoticeSentOn", "2023-01-01", "executionNoticeSentOn", "order"),
                Arguments.of("controls[0].assetId", "A9", "controls[0].assetId", "unknown-reference"),
                Arguments.of("measures[0].targetPartyId", "P7", "measures[0].targetPartyId", "unknown-reference"),
                Arguments.of("documents[0].sha256", "xyz", "documents[0].sha256", "format"),
                Arguments.of("networkQueries[0].results[1].category", "BANK_DEPOSIT",
                        "networkQueries[0].results[1].category", "duplicate"),
                Arguments.of("followUps[1].sequence", 1, "followUps[1].sequence", "duplicate"),
                Arguments.of("ruling.ruledOn", "2023-08-16", "ruling.ruledOn", "closing-date"),
                Arguments.of("measures[0].type", "TELEPATHY", "measures[0].type", "type"),
                Arguments.of("docketedOn", "yesterday", "docketedOn", "type"),
                Arguments.of("unexpectedField", "x", "unexpectedField", "type"));
    }

    @ParameterizedTest(name = "{0} = {1} -> {2} {3}")
    @MethodSource("invalidFields")
    void eachKindOfInvalidFieldGivesItsFieldError(String path, Object value, String field, String code) {
        ObjectNode file = CaseFiles.with(CaseFiles.fresh(), path, value);
        String caseNumber = file.get("caseNumber").asText();

        post(file).then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("intake/invalid-case-file"))
                .body("errors.find { it.field == '" + field + "' }.code", equalTo(code))
                .body("correlationId", not(nullValue()));

        if (!"caseNumber".equals(path)) {
            given().auth().oauth2(token()).get("/api/v1/intake/cases/{n}", caseNumber).then().statusCode(404);
        }
    }

    @Test
    void missingClosingDateAndRulingAreReportedTogether() {
        ObjectNode file = CaseFiles.without(CaseFiles.fresh(), "closedOn");
        CaseFiles.without(file, "parties");
        post(file).then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItems("closedOn", "parties"))
                .body("errors.code", org.hamcrest.Matchers.hasItems("closing-pair", "no-creditor", "no-debtor"));
    }

    @Test
    void errorsAreInEnglishWhenAskedFor() {
        ObjectNode file = CaseFiles.with(CaseFiles.fresh(), "claimedAmount", -5);
        given().auth().oauth2(token()).header("Accept-Language", "en").contentType(ContentType.JSON)
                .body(file.toString()).post("/api/v1/intake/cases")
                .then().statusCode(400)
                .body("title", equalTo("The case file is invalid"))
                .body("errors.find { it.field == 'claimedAmount' }.message", equalTo("cannot be negative"));
    }

    @Test
    void staleOrEqualVersionIsRefusedWith409AndNewerReplaces() {
        ObjectNode file = CaseFiles.fresh();
        String caseNumber = file.get("caseNumber").asText();
        post(file).then().statusCode(201);

        post(file).then().statusCode(409).body("code", equalTo("intake/stale-version"))
                .body("detail", containsString("3"));
        post(CaseFiles.with(file.deepCopy(), "version", 2)).then().statusCode(409);

        ObjectNode newer = CaseFiles.with(file.deepCopy(), "version", 4);
        CaseFiles.with(newer, "judge.name", "李娜");
        post(newer).then().statusCode(200).body("outcome", equalTo("updated")).body("queryCodes", nullValue());

        given().auth().oauth2(token()).get("/api/v1/intake/cases/{n}", caseNumber).then().statusCode(200)
                .body("version", equalTo(4)).body("judge.name", equalTo("李娜"))
                .body("measures", hasSize(3));
    }

    @Test
    void mixedStreamStoresGoodLinesAndReportsBadOnes() throws Exception {
        ObjectNode good1 = CaseFiles.fresh();
        ObjectNode invalid = CaseFiles.with(CaseFiles.fresh(), "claimedAmount", -1);
        ObjectNode otherCourt = CaseFiles.fresh(OTHER_COURT);
        ObjectNode good2 = CaseFiles.fresh();
        String body = good1 + "\n" + invalid + "\n{not json\n\n" + otherCourt + "\n" + good2 + "\n";

        String answer = given().auth().oauth2(token()).contentType("application/x-ndjson")
                .body(body.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/intake/cases").then().statusCode(200).contentType("application/x-ndjson")
                .extract().asString();

        List<JsonNode> lines = answer.lines().map(CaseFilesJson::parse).toList();
        assertThat(lines).hasSize(6);
        assertThat(lines.get(0).get("status").asInt()).isEqualTo(201);
        assertThat(lines.get(0).get("line").asInt()).isEqualTo(1);
        assertThat(lines.get(1).get("status").asInt()).isEqualTo(400);
        assertThat(lines.get(1).get("errors").get(0).get("field").asText()).isEqualTo("claimedAmount");
        assertThat(lines.get(2).get("code").asText()).isEqualTo("intake/unreadable-line");
        assertThat(lines.get(3).get("line").asInt()).isEqualTo(5);
        assertThat(lines.get(3).get("status").asInt()).isEqualTo(404);
        assertThat(lines.get(4).get("status").asInt()).isEqualTo(201);
        assertThat(lines.get(5).get("summary").get("accepted").asInt()).isEqualTo(2);
        assertThat(lines.get(5).get("summary").get("rejected").asInt()).isEqualTo(3);

        given().auth().oauth2(token()).get("/api/v1/intake/cases/{n}", good1.get("caseNumber").asText())
                .then().statusCode(200);
        given().auth().oauth2(token()).get("/api/v1/intake/cases/{n}", good2.get("caseNumber").asText())
                .then().statusCode(200);
        given().auth().oauth2(token()).get("/api/v1/intake/cases/{n}", invalid.get("caseNumber").asText())
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.courtSystem(OTHER_COURT))
                .get("/api/v1/intake/cases/{n}", otherCourt.get("caseNumber").asText()).then().statusCode(404);
    }

    @Test
    void aFileTheDatabaseRefusesIsRejectedAloneAndTheRestOfItsBatchIsStored() throws Exception {
        ObjectNode before = CaseFiles.fresh();
        ObjectNode refused = CaseFiles.with(CaseFiles.fresh(), "judge.name", DatabaseRefusalListener.MARKER);
        ObjectNode after = CaseFiles.fresh();
        String body = before + "\n" + refused + "\n" + after + "\n";

        String answer = given().auth().oauth2(token()).contentType("application/x-ndjson")
                .body(body.getBytes(StandardCharsets.UTF_8)).post("/api/v1/intake/cases").then().statusCode(200)
                .extract().asString();

        List<JsonNode> lines = answer.lines().map(CaseFilesJson::parse).toList();
        assertThat(lines.get(0).get("status").asInt()).isEqualTo(201);
        assertThat(lines.get(1).get("status").asInt()).isEqualTo(400);
        assertThat(lines.get(2).get("status").asInt()).isEqualTo(201);
        given().auth().oauth2(token()).get("/api/v1/intake/cases/{n}", before.get("caseNumber").asText()).then()
                .statusCode(200).body("parties", hasSize(2));
        given().auth().oauth2(token()).get("/api/v1/intake/cases/{n}", after.get("caseNumber").asText()).then()
                .statusCode(200);
        given().auth().oauth2(token()).get("/api/v1/intake/cases/{n}", refused.get("caseNumber").asText()).then()
                .statusCode(404);
    }

    @Test
    void theSameCaseTwiceInOneStreamIsStoredInOrder() throws Exception {
        ObjectNode first = CaseFiles.fresh();
        ObjectNode second = CaseFiles.with(first.deepCopy(), "version", 5);
        String body = first + "\n" + second + "\n" + first + "\n";
        String answer = given().auth().oauth2(token()).contentType("application/x-ndjson")
                .body(body.getBytes(StandardCharsets.UTF_8)).post("/api/v1/intake/cases").then().statusCode(200)
                .extract().asString();
        List<JsonNode> lines = answer.lines().map(CaseFilesJson::parse).toList();
        assertThat(lines.stream().limit(3).map(line -> line.get("status").asInt())).containsExactly(201, 200, 409);
    }

    @Test
    void anotherCourtsCaseAnswers404AndWritesNothing() {
        ObjectNode mine = CaseFiles.fresh();
        post(mine).then().statusCode(201);
        String otherToken = TestTokens.courtSystem(OTHER_COURT);

        given().auth().oauth2(otherToken).get("/api/v1/intake/cases/{n}", mine.get("caseNumber").asText())
                .then().statusCode(404).contentType("application/problem+json");

        ObjectNode theirs = CaseFiles.fresh(OTHER_COURT);
        post(theirs).then().statusCode(404).body("code", equalTo("intake/case-not-found"));
        given().auth().oauth2(otherToken).get("/api/v1/intake/cases/{n}", theirs.get("caseNumber").asText())
                .then().statusCode(404);
    }

    @Test
    void requestsWithoutAValidTokenAre401() {
        String body = CaseFiles.fresh().toString();
        given().contentType(ContentType.JSON).body(body).post("/api/v1/intake/cases")
                .then().statusCode(401).contentType("application/problem+json")
                .body("code", equalTo("common/unauthenticated"));

        String valid = token();
        String tampered = valid.substring(0, valid.lastIndexOf('.') + 1) + "AAAA" + valid.substring(valid.lastIndexOf('.') + 5);
        given().auth().oauth2(tampered).contentType(ContentType.JSON).body(body).post("/api/v1/intake/cases")
                .then().statusCode(401);

        given().auth().oauth2(TestTokens.expiredCourtSystem(CaseFiles.COURT)).contentType(ContentType.JSON).body(body)
                .post("/api/v1/intake/cases").then().statusCode(401);

        given().auth().oauth2("not-a-jwt").get("/api/v1/intake/cases/{n}", "(2023)京0105执1号").then().statusCode(401);
    }

    @Test
    void documentContentMustMatchTheDeclaredHashAndType() throws Exception {
        byte[] pdf = "%PDF-1.4\n% example termination ruling\n".getBytes(StandardCharsets.US_ASCII);
        ObjectNode file = CaseFiles.fresh();
        String caseNumber = file.get("caseNumber").asText();
        post(file).then().statusCode(201);
        assertThat(file.get("documents").get(0).get("sha256").asText()).isEqualTo(sha256(pdf));

        given().auth().oauth2(token()).contentType("application/pdf").body(pdf)
                .put("/api/v1/intake/cases/{n}/documents/D1", caseNumber)
                .then().statusCode(200).body("sha256", equalTo(sha256(pdf))).body("contentType", equalTo("application/pdf"));

        byte[] other = "%PDF-1.4\n% something else\n".getBytes(StandardCharsets.US_ASCII);
        given().auth().oauth2(token()).contentType("application/pdf").body(other)
                .put("/api/v1/intake/cases/{n}/documents/D1", caseNumber)
                .then().statusCode(422).body("code", equalTo("intake/document-hash-mismatch"));

        given().auth().oauth2(token()).contentType("application/pdf").body(pdf)
                .put("/api/v1/intake/cases/{n}/documents/NOPE", caseNumber)
                .then().statusCode(404).body("code", equalTo("intake/document-not-declared"));

        // text renamed as a PDF: the bytes decide
        byte[] text = "plain text, not a pdf".getBytes(StandardCharsets.US_ASCII);
        ObjectNode declaredText = CaseFiles.with(file.deepCopy(), "version", 4);
        CaseFiles.with(declaredText, "documents[1].sha256", sha256(text));
        post(declaredText).then().statusCode(200);
        given().auth().oauth2(token()).contentType("application/pdf").body(text)
                .put("/api/v1/intake/cases/{n}/documents/D2", caseNumber)
                .then().statusCode(415).body("code", equalTo("intake/document-type-not-allowed"));
    }

    @Test
    void unknownCaseNumbersAnswer404() {
        given().auth().oauth2(token()).get("/api/v1/intake/cases/{n}", "(2023)京0105执9999999号").then().statusCode(404)
                .body("errors", nullValue());
        given().auth().oauth2(token()).get("/api/v1/intake/cases/{n}", "garbage").then().statusCode(404);
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    /** Parses one NDJSON answer line. */
    static final class CaseFilesJson {
        static JsonNode parse(String line) {
            try {
                return MAPPER.readTree(line);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
