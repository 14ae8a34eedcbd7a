package org.zhongben.portal.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.zhongben.portal.accounts.Roles;
import org.zhongben.portal.testsupport.CaseFiles;
import org.zhongben.portal.testsupport.Intake;
import org.zhongben.portal.testsupport.MultipartBody;
import org.zhongben.portal.testsupport.TestAccounts;
import org.zhongben.portal.testsupport.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The authorisation matrix: every JAX-RS endpoint, found in the compiled classes, is called by each kind of caller
 * against one fixture case, and whether the caller got through is compared with
 * {@code security/authorization-matrix.tsv}. An endpoint missing from the file fails the test, so a new endpoint
 * cannot ship without someone deciding who may call it.
 * <p>
 * "Got through" ({@code ok}) means the request passed authorisation: any answer but 401, 403, 404 (a case that is not
 * the caller's is "not found") or a redirect to the sign-in page. Requests carry deliberately incomplete bodies
 * (stale versions, missing fields), so an authorised caller meets validation (400, 409) and nothing changes; page
 * forms carry the caller's CSRF token. Run with {@code -Dmatrix.record=true} to print the observed matrix.
 */
@QuarkusTest
class AuthorizationMatrixTest {

    static final List<String> CALLERS = List.of("anonymous", "creditor", "otherCreditor", "lawyer", "lawyerWithout",
            "clerk", "otherClerk", "supervisor", "court", "otherCourt");
    static final String OTHER_COURT = "沪0105";
    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    @Inject
    Pool pool;

    /** The fixture: two cases, the callers, and a resource of each kind on the first case. */
    private final class Fixture {
        final Map<String, Supplier<String>> tokens = new LinkedHashMap<>();
        final Map<String, String> values = new LinkedHashMap<>();
        long lawyerWithoutId;
        long caseId;
        long creditorParty;

        Fixture() {
            Intake.StoredCase a = Intake.store(CaseFiles.fresh());
            Intake.StoredCase b = Intake.store(CaseFiles.fresh());
            caseId = single("SELECT id FROM enforcement_case WHERE case_number = $1", a.caseNumber());
            creditorParty = single("SELECT id FROM party WHERE case_id = $1 AND external_id = 'P1'", caseId);
            long debtorParty = single("SELECT id FROM party WHERE case_id = $1 AND external_id = 'P2'", caseId);

            long creditor = TestAccounts.create(pool, Roles.CREDITOR, "债权人甲", null);
            TestAccounts.link(pool, creditor, a.caseNumber(), "P1");
            long otherCreditor = TestAccounts.create(pool, Roles.CREDITOR, "债权人乙", null);
            TestAccounts.link(pool, otherCreditor, b.caseNumber(), "P1");
            long lawyer = lawyer("代理律师", true);
            lawyerWithoutId = lawyer("无关律师", true);
            delegation(lawyer, "ACTIVE");
            long clerk = TestAccounts.create(pool, Roles.CLERK, "书记员", CaseFiles.COURT);
            long otherClerk = TestAccounts.create(pool, Roles.CLERK, "外院书记员", OTHER_COURT);
            long supervisor = TestAccounts.create(pool, Roles.SUPERVISOR, "监督员", CaseFiles.COURT);

            tokens.put("anonymous", () -> null);
            tokens.put("creditor", () -> TestTokens.account(creditor, Roles.CREDITOR, "债权人甲"));
            tokens.put("otherCreditor", () -> TestTokens.account(otherCreditor, Roles.CREDITOR, "债权人乙"));
            tokens.put("lawyer", () -> TestTokens.account(lawyer, Roles.LAWYER, "代理律师"));
            tokens.put("lawyerWithout", () -> TestTokens.account(lawyerWithoutId, Roles.LAWYER, "无关律师"));
            tokens.put("clerk", () -> TestTokens.clerk(clerk, "书记员", CaseFiles.COURT));
            tokens.put("otherClerk", () -> TestTokens.clerk(otherClerk, "外院书记员", OTHER_COURT));
            tokens.put("supervisor", () -> TestTokens.account(supervisor, Roles.SUPERVISOR, "监督员"));
            tokens.put("court", () -> TestTokens.courtSystem(CaseFiles.COURT));
            tokens.put("otherCourt", () -> TestTokens.courtSystem(OTHER_COURT));

            // a resumption application with evidence, filed by the creditor
            Response filed = new MultipartBody()
                    .json("application",
                            "{\"declared\":true,\"clues\":[{\"type\":\"VEHICLE\",\"fields\":{\"plate\":\"京A12345\"}}]}")
                    .file("evidence", "证据.pdf", pdf(), "application/pdf")
                    .on(given().auth().oauth2(tokens.get("creditor").get()).header("Idempotency-Key",
                            UUID.randomUUID().toString()))
                    .post("/api/v1/cases/{n}/resumption-applications", a.caseNumber());
            assertThat(filed.statusCode()).as(filed.asString()).isEqualTo(201);

            values.put("caseNumber", a.caseNumber());
            values.put("otherCase", b.caseNumber());
            values.put("otherCode", b.creditorCode());
            values.put("application", filed.jsonPath().getString("id"));
            values.put("evidence", filed.jsonPath().getString("evidence[0].id"));
            values.put("clue", filed.jsonPath().getString("clues[0].id"));
            values.put("court", CaseFiles.COURT);
            values.put("file", "investigation.json");
            values.put("document", "D1");
            values.put("ref", caseId + "-" + debtorParty);
            values.put("pendingLawyer", String.valueOf(lawyer("待核验律师", false)));
            values.put("request", String.valueOf(requestWithAttorney()));
            values.put("correction", String.valueOf(single("""
                    INSERT INTO registry_correction (case_id, party_id, court_code, requester, contact, what_is_wrong)
                    VALUES ($1, $2, $3, '张三', '13800000000', '已履行') RETURNING id""", caseId, debtorParty,
                    CaseFiles.COURT)));
            values.put("notification", String.valueOf(notification(creditor)));
        }

        /** A value for a path placeholder; {revocable} is a fresh delegation each time, as revoking ends it. */
        String value(String name) {
            if ("revocable".equals(name)) {
                return String.valueOf(delegation(lawyer("被撤销律师", true), "REQUESTED"));
            }
            String value = values.get(name);
            assertThat(value).as("fixture value {" + name + "}").isNotNull();
            return value;
        }

        private long lawyer(String name, boolean verified) {
            return TestAccounts.lawyer(pool, name, verified);
        }

        private long delegation(long lawyer, String state) {
            return single("""
                    INSERT INTO delegation (case_id, court_code, case_number, party_id, lawyer_account_id, state, origin,
                                            expires_on)
                    SELECT $1, $2, case_number, $3, $4, $5, 'GRANTED_BY_CREDITOR', current_date + 365
                    FROM enforcement_case WHERE id = $1 RETURNING id""", caseId, CaseFiles.COURT, creditorParty, lawyer,
                    state);
        }

        /** A pending request with a power of attorney, sent through the lawyer's page. */
        private long requestWithAttorney() {
            long requester = lawyer("申请律师", true);
            String token = TestTokens.account(requester, Roles.LAWYER, "申请律师");
            Csrf csrf = csrf(token);
            Response sent = new MultipartBody().field("csrf-token", csrf.token())
                    .field("caseNumber", values.get("caseNumber")).field("creditorName", creditorName())
                    .field("expiresOn", java.time.LocalDate.now().plusMonths(6).toString())
                    .file("attorney", "授权委托书.pdf", pdf(), "application/pdf")
                    .on(csrf.apply(given().redirects().follow(false))).post("/lawyer/requests");
            assertThat(sent.statusCode()).as(sent.asString()).isEqualTo(303);
            return single("SELECT max(id) FROM delegation WHERE lawyer_account_id = $1", requester);
        }

        private String creditorName() {
            return pool.preparedQuery("SELECT name FROM party WHERE id = $1").execute(Tuple.of(creditorParty)).await()
                    .indefinitely().iterator().next().getString(0);
        }

        private long notification(long account) {
            long event = single("""
                    INSERT INTO outbox_event (dedup_key, topic, case_id, payload, occurred_on)
                    VALUES ($1, 'case.document', $2, '{}', current_date) RETURNING id""", UUID.randomUUID().toString(),
                    caseId);
            return single("""
                    INSERT INTO notification (event_id, account_id, kind, reason, mode)
                    VALUES ($1, $2, 'DOCUMENT', 'CREDITOR', 'DIGEST') RETURNING id""", event, account);
        }
    }

    record Csrf(String token, Map<String, String> cookies) {
        RequestSpecification apply(RequestSpecification request) {
            return request.cookies(cookies);
        }
    }

    /** The CSRF cookie and token a caller's browser would hold (from the sign-in page, which every caller may see). */
    private static Csrf csrf(String token) {
        RequestSpecification request = given();
        if (token != null) {
            request.cookie("portal_session", token);
        }
        Response page = request.get("/login");
        Matcher found = CSRF.matcher(page.asString());
        assertThat(found.find()).as("a CSRF token on /login").isTrue();
        Map<String, String> cookies = new LinkedHashMap<>(page.getCookies());
        if (token != null) {
            cookies.put("portal_session", token);
        }
        return new Csrf(found.group(1), cookies);
    }

    private long single(String sql, Object... parameters) {
        return pool.preparedQuery(sql).execute(Tuple.from(parameters)).await().indefinitely().iterator().next().getLong(0);
    }

    private static byte[] pdf() {
        return "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    /** One row of the matrix file: the route, the request to make, and the expected outcome per caller. */
    record Row(String route, String request, Map<String, String> expected) {
    }

    private static Map<String, Row> matrix() throws IOException {
        Map<String, Row> rows = new LinkedHashMap<>();
        try (InputStream in = AuthorizationMatrixTest.class.getResourceAsStream("/security/authorization-matrix.tsv")) {
            assertThat(in).as("security/authorization-matrix.tsv").isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                assertThat(cells).as(line).hasSize(2 + CALLERS.size());
                Map<String, String> expected = new LinkedHashMap<>();
                for (int i = 0; i < CALLERS.size(); i++) {
                    expected.put(CALLERS.get(i), cells[2 + i].strip());
                }
                rows.put(cells[0].strip(), new Row(cells[0].strip(), cells[1].strip(), expected));
            }
        }
        return rows;
    }

    @Test
    void everyEndpointLetsInExactlyTheCallersTheMatrixNames() throws IOException {
        Map<String, Row> matrix = matrix();
        List<String> routes = Routes.all().stream().map(Routes.Route::key).distinct().toList();
        boolean record = Boolean.getBoolean("matrix.record");
        if (!record) {
            assertThat(matrix.keySet()).as("every endpoint has a row, and every row an endpoint")
                    .containsExactlyInAnyOrderElementsOf(routes);
        }
        Fixture fixture = new Fixture();
        List<String> mismatches = new ArrayList<>();
        StringBuilder observed = new StringBuilder();
        for (String route : routes) {
            Row row = matrix.get(route);
            String request = row == null ? route : row.request();
            StringBuilder line = new StringBuilder(route).append('\t').append(request);
            for (String caller : CALLERS) {
                Response answer = call(fixture, request, fixture.tokens.get(caller).get());
                String outcome = outcome(answer);
                line.append('\t').append(outcome);
                if (row != null && !outcome.equals(row.expected().get(caller))) {
                    mismatches.add(route + " as " + caller + ": expected " + row.expected().get(caller) + ", got "
                            + answer.statusCode() + " " + answer.getHeader("Location"));
                }
            }
            observed.append(line).append('\n');
        }
        if (record) {
            System.out.println("---- observed matrix ----\n" + observed);
        }
        assertThat(mismatches).as("callers let in or kept out against the matrix").isEmpty();
    }

    /** Through authorisation: anything but 401, 403, 404, or a redirect to the sign-in page. */
    static String outcome(Response answer) {
        int status = answer.statusCode();
        String location = answer.getHeader("Location");
        boolean toSignIn = status / 100 == 3 && location != null && location.contains("/login");
        return status == 401 || status == 403 || status == 404 || toSignIn ? "no" : "ok";
    }

    /**
     * Makes the request of a row: {@code METHOD path}, optionally followed by {@code | json <body>} (an API body instead
     * of {@code {}}), {@code | form <a=b&c=d>} (more page form fields), {@code | multipart <file field>} (a page form
     * sent as multipart with a PDF), or {@code | pdf} (a PDF as the body).
     */
    private Response call(Fixture fixture, String request, String token) {
        String[] options = request.split(" \\| ");
        String[] parts = options[0].split(" ", 2);
        String method = parts[0];
        String path = fill(fixture, parts[1]);
        String option = options.length > 1 ? fill(fixture, options[1]) : "";
        boolean api = path.startsWith("/api/") || path.startsWith("/.well-known/");
        // each request from its own address, so the per-address sign-in limits of this and other tests never mix
        RequestSpecification spec = given().redirects().follow(false).urlEncodingEnabled(false).header("X-Forwarded-For",
                "10.9." + ThreadLocalRandom.current().nextInt(256) + "." + ThreadLocalRandom.current().nextInt(1, 255));
        if (api) {
            if (token != null) {
                spec.auth().oauth2(token);
            }
            if (option.equals("pdf")) {
                spec.contentType("application/pdf").body(pdf());
            } else if (!"GET".equals(method)) {
                spec.contentType("application/json").body(option.startsWith("json ") ? option.substring(5) : "{}")
                        .header("Idempotency-Key", UUID.randomUUID().toString());
            }
        } else if ("GET".equals(method)) {
            if (token != null) {
                spec.cookie("portal_session", token);
            }
        } else if (option.startsWith("multipart ")) {
            Csrf csrf = csrf(token);
            spec = new MultipartBody().field("csrf-token", csrf.token()).field("version", "-1")
                    .field("submission", UUID.randomUUID().toString())
                    .file(option.substring(10), "文件.pdf", pdf(), "application/pdf").on(csrf.apply(spec));
        } else {
            Csrf csrf = csrf(token);
            spec = csrf.apply(spec).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                    .formParam("csrf-token", csrf.token()).formParam("version", "-1");
            if (option.startsWith("form ")) {
                for (String field : option.substring(5).split("&")) {
                    String[] pair = field.split("=", 2);
                    spec.formParam(pair[0], pair.length > 1 ? pair[1] : "");
                }
            }
        }
        return spec.request(method, encode(path));
    }

    private static String fill(Fixture fixture, String template) {
        Matcher placeholder = Pattern.compile("\\{([a-zA-Z]+)}").matcher(template);
        StringBuilder filled = new StringBuilder();
        while (placeholder.find()) {
            placeholder.appendReplacement(filled, Matcher.quoteReplacement(fixture.value(placeholder.group(1))));
        }
        placeholder.appendTail(filled);
        return filled.toString();
    }

    /** Percent-encodes the characters of a case number that may not stand in a path. */
    private static String encode(String path) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c > 0x7e || c == '(' || c == ')' || c == ' ') {
                encoded.append('%').append(String.format("%02X", c));
            } else {
                encoded.append((char) c);
            }
        }
        return encoded.toString();
    }

}
