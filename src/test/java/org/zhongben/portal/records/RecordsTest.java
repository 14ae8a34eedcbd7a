package org.zhongben.portal.records;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import jakarta.inject.Inject;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jws.JsonWebSignature;
import org.junit.jupiter.api.Test;
import org.zhongben.portal.accounts.Roles;
import org.zhongben.portal.testsupport.Intake;
import org.zhongben.portal.testsupport.MultipartBody;
import org.zhongben.portal.testsupport.Sessions;
import org.zhongben.portal.testsupport.TestAccounts;
import org.zhongben.portal.testsupport.TestTokens;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Investigation records: what the PDF says (read back with PDFBox, Chinese included), the CSV and JSON, the signed
 * bundle (every hash in the manifest matches its file, the signature verifies with the published key and fails after
 * any change), /verify, who may download, and the creditor seeing every download.
 */
@QuarkusTest
class RecordsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    Pool pool;

    private static Response download(String token, String caseNumber, String file) {
        return given().auth().oauth2(token).get("/cases/{n}/records/{f}", caseNumber, file);
    }

    @Test
    void thePdfCarriesTheRecordInChineseWithTheDownloadersWatermark() throws IOException {
        Intake.StoredCase stored = Intake.storeFresh();
        String token = Sessions.caseLogin(stored.caseNumber(), stored.creditorCode());
        Response pdf = download(token, stored.caseNumber(), "investigation.pdf");
        pdf.then().statusCode(200).contentType("application/pdf");
        String id = pdf.header("X-Record-Id");
        assertThat(pdf.header("Content-Disposition")).contains("attachment", "filename*=UTF-8''");
        String text = text(pdf.asByteArray());
        assertThat(text).contains("财产调查记录", stored.caseNumber(), "调查措施", "网络查控", "财产调查覆盖情况",
                "规定动作核查", "终本后定期查询", "银行存款", "第 1 页");
        // the watermark (in the footer and across the page) names the downloader and the record
        assertThat(text.replaceAll("\\s", "")).contains("记录编号" + id, "北京示例商贸有限公司(申请执行人)");

        String english = text(given().auth().oauth2(token).header("Accept-Language", "en")
                .get("/cases/{n}/records/investigation.pdf", stored.caseNumber()).asByteArray());
        assertThat(english).contains("Investigation record", "Prescribed-actions checklist", "Page 1 of");

        // the creditor sees both downloads in "who accessed my case"
        given().auth().oauth2(token).get("/api/v1/cases/{n}", stored.caseNumber()).then().statusCode(200);
        assertThat(given().auth().oauth2(token).get("/cases/{n}", stored.caseNumber()).asString())
                .contains("下载了调查记录");
        assertThat(count("SELECT count(*) FROM audit_event WHERE action = 'RECORD_DOWNLOADED' AND subject = $1",
                "record:" + id)).isEqualTo(1);
    }

    @Test
    void theCsvOpensInSpreadsheetsAndTheJsonHasEveryPart() throws IOException {
        Intake.StoredCase stored = Intake.storeFresh();
        String token = Sessions.caseLogin(stored.caseNumber(), stored.creditorCode());
        byte[] csv = download(token, stored.caseNumber(), "investigation.csv").then().statusCode(200).extract()
                .asByteArray();
        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        String rows = new String(csv, StandardCharsets.UTF_8);
        assertThat(rows).contains("记录,编号,类型", "网络查控", "银行存款");

        Response json = download(token, stored.caseNumber(), "investigation.json");
        JsonNode record = JSON.readTree(json.asByteArray());
        assertThat(record.get("recordId").asText()).isEqualTo(json.header("X-Record-Id"));
        assertThat(record.get("caseNumber").asText()).isEqualTo(stored.caseNumber());
        assertThat(record.get("investigation").get("networkQueries").size()).isPositive();
        assertThat(record.get("compliance").get("groups").size()).isPositive();
        assertThat(record.toString()).doesNotContain("110105198503121234");
    }

    @Test
    void theBundleIsSignedAndVerifiesUntilAnyByteChanges() throws Exception {
        Intake.StoredCase stored = Intake.storeFresh();
        String token = Sessions.caseLogin(stored.caseNumber(), stored.creditorCode());
        Response bundle = download(token, stored.caseNumber(), "bundle.zip");
        bundle.then().statusCode(200).contentType("application/zip");
        Map<String, byte[]> entries = unzip(bundle.asByteArray());
        assertThat(entries).containsKeys("investigation.pdf", "investigation.csv", "investigation.json", "manifest.json",
                "manifest.sig");
        JsonNode manifest = JSON.readTree(entries.get("manifest.json"));
        assertThat(manifest.get("bundleId").asText()).isEqualTo(bundle.header("X-Record-Id"));
        assertThat(manifest.get("caseNumber").asText()).isEqualTo(stored.caseNumber());
        for (JsonNode file : manifest.get("files")) {
            byte[] content = entries.get(file.get("path").asText());
            assertThat(content).as(file.get("path").asText()).isNotNull();
            assertThat(sha256(content)).isEqualTo(file.get("sha256").asText());
            assertThat((long) content.length).isEqualTo(file.get("size").asLong());
        }

        // the signature verifies with the published key, independently of the portal's own code
        String jwks = given().get("/.well-known/portal-keys.json").then().statusCode(200).extract().asString();
        String signature = new String(entries.get("manifest.sig"), StandardCharsets.US_ASCII);
        assertThat(verifies(jwks, signature, entries.get("manifest.json"))).isTrue();
        byte[] changed = entries.get("manifest.json").clone();
        for (int position : new int[] { 0, changed.length / 2, changed.length - 1 }) {
            byte[] copy = entries.get("manifest.json").clone();
            copy[position] ^= 1;
            assertThat(verifies(jwks, signature, copy)).as("byte " + position + " changed").isFalse();
        }

        // /verify: the manifest, a single file from the bundle, the whole bundle, and a tampered manifest
        assertThat(verify(new MultipartBody().file("manifest", "manifest.json", entries.get("manifest.json"),
                "application/json").file("signature", "manifest.sig", entries.get("manifest.sig"), "text/plain")))
                .containsEntry("outcome", "ISSUED").containsEntry("caseNumber", stored.caseNumber())
                .containsEntry("signatureValid", true);
        changed[changed.length / 2] ^= 1;
        assertThat(verify(new MultipartBody().file("manifest", "manifest.json", changed, "application/json")
                .file("signature", "manifest.sig", entries.get("manifest.sig"), "text/plain")))
                .containsEntry("outcome", "TAMPERED");
        assertThat(verify(new MultipartBody().file("file", "a.pdf", entries.get("investigation.pdf"), "application/pdf")))
                .containsEntry("outcome", "ISSUED").containsEntry("matchedPath", "investigation.pdf");
        assertThat(verify(new MultipartBody().file("file", "b.zip", bundle.asByteArray(), "application/zip")))
                .containsEntry("outcome", "ISSUED").containsEntry("matchedPath", "bundle.zip");
        byte[] edited = entries.get("investigation.csv").clone();
        edited[edited.length - 2] ^= 1;
        assertThat(verify(new MultipartBody().file("file", "c.csv", edited, "text/csv"))).containsEntry("outcome", "UNKNOWN");
        Map<String, Object> byHash = given().contentType("application/json")
                .body(Map.of("recordId", bundle.header("X-Record-Id"), "sha256", sha256(entries.get("investigation.json"))))
                .post("/api/v1/records/verify").then().statusCode(200).extract().jsonPath().getMap("");
        assertThat(byHash).containsEntry("outcome", "ISSUED").containsEntry("matchedPath", "investigation.json");
        // nobody's name is given to an anonymous verifier
        assertThat(byHash.toString()).doesNotContain("北京示例商贸有限公司");

        // the page says the same, in both languages
        org.zhongben.portal.testsupport.Browser visitor = new org.zhongben.portal.testsupport.Browser("en");
        visitor.get("/verify", 200);
        String page = visitor.upload("/verify", "file", Map.of(), Map.of("a.pdf", entries.get("investigation.pdf")))
                .then().statusCode(200).extract().asString();
        assertThat(page).contains("Issued by this portal, unchanged", stored.caseNumber());
    }

    @Test
    void onlyTheCasesPartiesAndTheirCurrentLawyersMayDownload() {
        Intake.StoredCase stored = Intake.storeFresh();
        Intake.StoredCase other = Intake.storeFresh();
        String creditor = Sessions.caseLogin(stored.caseNumber(), stored.creditorCode());
        assertThat(download(creditor, stored.caseNumber(), "investigation.pdf").statusCode()).isEqualTo(200);
        assertThat(download(Sessions.caseLogin(other.caseNumber(), other.creditorCode()), stored.caseNumber(),
                "investigation.pdf").statusCode()).isEqualTo(404);
        given().get("/cases/{n}/records/bundle.zip", stored.caseNumber()).then().statusCode(404);
        assertThat(download(creditor, stored.caseNumber(), "passwd").statusCode()).isEqualTo(404);

        String active = lawyer(stored.caseNumber(), true, "ACTIVE", 30);
        String unverified = lawyer(stored.caseNumber(), false, "ACTIVE", 30);
        String expired = lawyer(stored.caseNumber(), true, "ACTIVE", -1);
        String revoked = lawyer(stored.caseNumber(), true, "REVOKED", 30);
        assertThat(download(active, stored.caseNumber(), "bundle.zip").statusCode()).isEqualTo(200);
        assertThat(download(unverified, stored.caseNumber(), "bundle.zip").statusCode()).isEqualTo(404);
        assertThat(download(expired, stored.caseNumber(), "bundle.zip").statusCode()).isEqualTo(404);
        assertThat(download(revoked, stored.caseNumber(), "bundle.zip").statusCode()).isEqualTo(404);
    }

    @Test
    void theObjectionDraftIsAPdfForTheCreditorOnly() throws IOException {
        Intake.StoredCase stored = Intake.storeFresh();
        Response pdf = download(Sessions.caseLogin(stored.caseNumber(), stored.creditorCode()), stored.caseNumber(),
                "objection.pdf");
        pdf.then().statusCode(200);
        assertThat(text(pdf.asByteArray())).contains("执行异议申请书", "请求事项", "事实与理由", stored.caseNumber());
        assertThat(download(Sessions.caseLogin(stored.caseNumber(), stored.debtorCode()), stored.caseNumber(),
                "objection.pdf").statusCode()).isEqualTo(404);
    }

    /** A lawyer with a delegation for the creditor P1 of the case, in the given state and days to expiry. */
    private String lawyer(String caseNumber, boolean verified, String state, int daysLeft) {
        long id = TestAccounts.create(pool, Roles.LAWYER, "律师", null);
        pool.preparedQuery("""
                INSERT INTO lawyer_profile (account_id, law_firm, licence_number, verified_at)
                VALUES ($1, '某所', $2, CASE WHEN $3 THEN now() END)""")
                .execute(Tuple.of(id, UUID.randomUUID().toString(), verified)).await().indefinitely();
        pool.preparedQuery("""
                INSERT INTO delegation (case_id, court_code, case_number, party_id, lawyer_account_id, state, origin,
                                        expires_on)
                SELECT c.id, '京0105', c.case_number, p.id, $2, $3, 'GRANTED_BY_CREDITOR', current_date + $4::int
                FROM enforcement_case c JOIN party p ON p.case_id = c.id AND p.external_id = 'P1'
                WHERE c.case_number = $1""").execute(Tuple.of(caseNumber, id, state, daysLeft)).await().indefinitely();
        return TestTokens.account(id, Roles.LAWYER, "律师");
    }

    private static Map<String, Object> verify(MultipartBody body) {
        return body.on(given()).post("/api/v1/records/verify").then().statusCode(200).extract().jsonPath().getMap("");
    }

    private static boolean verifies(String jwks, String signature, byte[] content) throws Exception {
        // a detached JWS (RFC 7515 appendix F): the content goes back between the two dots
        String[] parts = signature.strip().split("\\.", -1);
        assertThat(parts).hasSize(3);
        assertThat(parts[1]).isEmpty();
        JsonWebSignature jws = new JsonWebSignature();
        jws.setAlgorithmConstraints(new org.jose4j.jwa.AlgorithmConstraints(
                org.jose4j.jwa.AlgorithmConstraints.ConstraintType.PERMIT, "RS256"));
        jws.setCompactSerialization(parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(content) + "." + parts[2]);
        jws.setKey(new JsonWebKeySet(jwks).findJsonWebKey(jws.getKeyIdHeaderValue(), null, null, null).getKey());
        return jws.verifySignature();
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    private long count(String sql, String parameter) {
        return pool.preparedQuery(sql).execute(Tuple.of(parameter)).await().indefinitely().iterator().next().getLong(0);
    }

}
