package org.zhongben.portal.records;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zhongben.portal.demo.DemoLoader;
import org.zhongben.portal.testsupport.Browser;
import org.zhongben.portal.testsupport.DemoProfile;
import org.zhongben.portal.testsupport.MultipartBody;
import org.zhongben.portal.testsupport.Sessions;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.response.Response;

/**
 * The lawyers issue's acceptance walk on the demo data: the demo lawyer asks for the showcase case with a power of
 * attorney, the demo clerk approves, the lawyer downloads the PDF and the bundle, /verify confirms the bundle and
 * rejects a changed copy, and the creditor sees both downloads in the case's access list.
 */
@QuarkusTest
@TestProfile(DemoProfile.class)
class DemoRecordsTest {

    static final String CASE = "(2024)京0105执888号";
    static final String CODE = "DEMO-0000-0000-0002";
    static final String CREDITOR = "李秀英";
    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

    @BeforeAll
    static void formsInUtf8() {
        RestAssured.config = RestAssured.config()
                .encoderConfig(io.restassured.config.EncoderConfig.encoderConfig().defaultContentCharset("UTF-8"));
    }

    @Test
    void aLawyerIsApprovedDownloadsTheRecordAndAnyoneCanVerifyIt() throws IOException {
        String lawyerToken = Sessions.accountSignIn(DemoLoader.DEMO_LAWYER_EMAIL, DemoLoader.DEMO_LAWYER_PASSWORD);
        Browser lawyer = new Browser("zh").session(lawyerToken);
        lawyer.get("/lawyer", 200);
        String expires = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusMonths(6).toString();
        lawyer.follow(lawyer.upload("/lawyer/requests", "attorney", Map.of("caseNumber", CASE, "creditorName", CREDITOR,
                "expiresOn", expires),
                Map.of("授权委托书.pdf", ("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n")
                        .getBytes(StandardCharsets.ISO_8859_1))));
        assertThat(lawyer.page()).contains(CASE, "待法院审核");
        given().auth().oauth2(lawyerToken).get("/cases/{n}/records/investigation.pdf", CASE).then().statusCode(404);

        Browser clerk = new Browser("zh")
                .session(Sessions.staffSignIn(DemoLoader.DEMO_CLERK_EMAIL, DemoLoader.DEMO_CLERK_PASSWORD,
                        DemoLoader.DEMO_CLERK_TOTP_SECRET));
        String queue = clerk.get("/court/lawyers", 200);
        assertThat(queue).contains(CASE, CREDITOR, "授权委托书.pdf");
        long id = Long.parseLong(queue.replaceAll("(?s).*action=\"/court/lawyers/requests/(\\d+)\".*", "$1"));
        clerk.follow(clerk.post("/court/lawyers/requests/{id}", Map.of("version", Browser.first(VERSION, queue),
                "decision", "approve", "expiresOn", expires), id));

        Response pdf = given().auth().oauth2(lawyerToken).get("/cases/{n}/records/investigation.pdf", CASE);
        pdf.then().statusCode(200).contentType("application/pdf");
        Response bundle = given().auth().oauth2(lawyerToken).get("/cases/{n}/records/bundle.zip", CASE);
        bundle.then().statusCode(200);
        Map<String, byte[]> entries = unzip(bundle.asByteArray());

        assertThat(verify(entries.get("manifest.json"), entries.get("manifest.sig"))).isEqualTo("ISSUED");
        byte[] changed = entries.get("manifest.json").clone();
        changed[changed.length / 3] ^= 1;
        assertThat(verify(changed, entries.get("manifest.sig"))).isEqualTo("TAMPERED");

        // the creditor sees both downloads, by the lawyer, in who accessed the case
        String page = new Browser("zh").session(Sessions.caseLogin(CASE, CODE)).get("/cases/{n}", 200, CASE);
        assertThat(page.split("下载了调查记录", -1).length - 1).isGreaterThanOrEqualTo(2);
        assertThat(page).contains("代理律师");
    }

    private static String verify(byte[] manifest, byte[] signature) {
        return new MultipartBody().file("manifest", "manifest.json", manifest, "application/json")
                .file("signature", "manifest.sig", signature, "text/plain").on(given())
                .post("/api/v1/records/verify").then().statusCode(200).extract().path("outcome");
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
}
