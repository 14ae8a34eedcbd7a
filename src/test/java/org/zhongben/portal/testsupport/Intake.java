package org.zhongben.portal.testsupport;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.restassured.http.ContentType;

/** Stores case files through the real intake API, as a court system would, and hands back the issued query codes. */
public final class Intake {

    private Intake() {
    }

    /** A stored case: its number and the query code issued to each new party (by the party's id in the file). */
    public record StoredCase(String caseNumber, Map<String, String> codes) {

        public String creditorCode() {
            return codes.get("P1");
        }

        public String debtorCode() {
            return codes.get("P2");
        }
    }

    public static StoredCase store(ObjectNode file) {
        String court = file.get("courtCode").asText();
        List<Map<String, Object>> codes = given().auth().oauth2(TestTokens.courtSystem(court)).contentType(ContentType.JSON)
                .body(file.toString()).post("/api/v1/intake/cases").then().statusCode(201).extract()
                .jsonPath().getList("queryCodes");
        Map<String, String> byParty = new HashMap<>();
        for (Map<String, Object> code : codes) {
            byParty.put((String) code.get("partyId"), (String) code.get("queryCode"));
        }
        return new StoredCase(file.get("caseNumber").asText(), byParty);
    }

    /** A newer version of a stored case file, replacing it (200). */
    public static void replace(ObjectNode file) {
        given().auth().oauth2(TestTokens.courtSystem(file.get("courtCode").asText())).contentType(ContentType.JSON)
                .body(file.toString()).post("/api/v1/intake/cases").then().statusCode(200);
    }

    /** A fresh copy of the example case, stored. */
    public static StoredCase storeFresh() {
        return store(CaseFiles.fresh());
    }
}
