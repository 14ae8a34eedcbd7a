package org.zhongben.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;
import org.zhongben.portal.testsupport.Browser;
import org.zhongben.portal.testsupport.CaseFiles;
import org.zhongben.portal.testsupport.HostileClient;
import org.zhongben.portal.testsupport.HostileClient.Answer;
import org.zhongben.portal.testsupport.HostileValues;
import org.zhongben.portal.testsupport.Intake;
import org.zhongben.portal.testsupport.Sessions;
import org.zhongben.portal.testsupport.TestTokens;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * More than 10,000 generated malformed and hostile requests against intake, sign-in, resumption and the registry:
 * wrong JSON types, huge strings, control characters, lone surrogates and invalid UTF-8, SQL and template injection,
 * broken JSON, odd charsets and content types, broken form escapes and multipart bodies. Every request must get an
 * answer (no hang), below 500, without a class name or stack trace; API refusals are problem+json; a refused write
 * leaves nothing behind and an accepted one is stored. The seed is logged; {@code -Dhostile.seed=N} replays a run.
 */
@QuarkusTest
class HostileInputTest {

    private static final Logger LOG = Logger.getLogger(HostileInputTest.class);

    static final int REQUESTS = Integer.getInteger("hostile.requests", 10_400);
    private static final int THREADS = 4;
    private static final int TIMEOUT_MILLIS = 15_000;

    /** What an answer must never show: Java packages, exception names, stack frames. */
    static final Pattern INTERNALS = Pattern.compile("java\\.|javax\\.|jakarta\\.|org\\.zhongben|io\\.quarkus|io\\.vertx"
            + "|io\\.netty|io\\.smallrye|com\\.fasterxml|org\\.hibernate|org\\.jboss|Exception|Throwable|\\tat |\\.java:\\d");

    private static final String API_RESUMPTION = "/api/v1/cases/%s/resumption-applications";

    @Inject
    Pool pool;

    @TestHTTPResource("/")
    URL base;

    /** The families of requests and how many of every hundred belong to each. */
    enum Family {
        INTAKE_JSON(20),
        INTAKE_NDJSON(6),
        CASE_LOGIN_API(8),
        SIGN_IN_API(6),
        LOGIN_FORM(10),
        LOGIN_PAGE(2),
        CSRF_PROBE(3),
        RESUMPTION_API(13),
        RESUMPTION_MULTIPART(5),
        RESUMPTION_PAGES(9),
        REGISTRY_API(10),
        REGISTRY_PAGE(4),
        REGISTRY_CORRECTION(4);

        final int share;

        Family(int share) {
            this.share = share;
        }
    }

    private static final Family[] BY_SLOT = slots();

    /** The fixed things the hostile requests aim at. */
    record Targets(String caseNumber, String queryCode, String creditorToken, String courtToken, String csrf,
            String registryRef, byte[] png) {
    }

    /** One request, and what it may have written (its marker), to check against the database afterwards. */
    record Probe(int index, Family family, String method, String target, Map<String, String> headers, byte[] body,
            String marker) {

        String describe() {
            String shown = body == null ? "" : new String(body, 0, Math.min(body.length, 400), StandardCharsets.UTF_8);
            return "#" + index + " " + family + " " + method + " " + abbreviate(target) + " " + headers + "\n" + shown;
        }
    }

    @Test
    void tenThousandHostileRequestsGetAnAnswerBelow500WithoutInternalsAndLeaveNothingHalfWritten() throws Exception {
        long seed = HostileValues.seed();
        LOG.infof("HostileInputTest seed %d (replay with -D%s=%d)", seed, HostileValues.SEED_PROPERTY, seed);
        Targets targets = targets();
        HostileClient client = new HostileClient(base.getHost(), base.getPort(), TIMEOUT_MILLIS);

        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        Map<Family, AtomicInteger> sent = new ConcurrentHashMap<>();
        Set<String> intakeSent = ConcurrentHashMap.newKeySet();
        Set<String> intakeAccepted = ConcurrentHashMap.newKeySet();
        Set<String> markersSent = ConcurrentHashMap.newKeySet();
        Set<String> markersAccepted = ConcurrentHashMap.newKeySet();
        Map<String, String> answers = new ConcurrentHashMap<>();

        ExecutorService workers = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> done = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < REQUESTS; i++) {
            int index = i;
            done.add(workers.submit(() -> {
                Probe probe = probe(index, new HostileValues(seed * 1_000_003L + index), targets);
                sent.computeIfAbsent(probe.family(), f -> new AtomicInteger()).incrementAndGet();
                Answer answer;
                try {
                    answer = client.send(probe.method(), probe.target(), probe.headers(), probe.body());
                } catch (HostileClient.NoAnswer e) {
                    failures.add(probe.family() + " " + probe.method() + " " + path(probe.target()) + ": no answer ("
                            + e.getMessage() + ")\n" + probe.describe());
                    return;
                } catch (RuntimeException e) {
                    failures.add(probe.family() + " " + probe.method() + " " + path(probe.target())
                            + ": unreadable answer (" + e + ")\n" + probe.describe());
                    return;
                }
                String problem = check(probe, answer);
                if (problem != null) {
                    failures.add(probe.family() + " " + probe.method() + " " + path(probe.target()) + ": " + problem
                            + " -> " + answer.status() + " " + answer.header("content-type") + "\n"
                            + abbreviate(answer.text()) + "\n  for " + probe.describe());
                }
                record(probe, answer, intakeSent, intakeAccepted, markersSent, markersAccepted);
                if (probe.marker() != null) {
                    answers.put(probe.marker(), answer.status() + " " + abbreviate(answer.text()) + "\n  for "
                            + probe.describe());
                }
            }));
        }
        for (Future<?> future : done) {
            future.get();
        }
        workers.shutdown();
        assertThat(workers.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
        LOG.infof("HostileInputTest sent %d requests in %d s: %s", REQUESTS,
                TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started), sent);

        if (!failures.isEmpty()) {
            java.nio.file.Files.write(java.nio.file.Path.of("target", "hostile-failures.txt"),
                    String.join("\n\n", failures).getBytes(StandardCharsets.UTF_8));
        }
        Map<String, Long> kinds = new java.util.TreeMap<>(failures.stream().collect(java.util.stream.Collectors
                .groupingBy(failure -> failure.substring(0, failure.indexOf('\n') < 0 ? failure.length()
                        : failure.indexOf('\n')).replaceAll("\\{.*", "").replaceAll("#\\d+ ", ""),
                        java.util.stream.Collectors.counting())));
        assertThat(failures)
                .as("seed %d: %d failures (all in target/hostile-failures.txt) of these kinds:\n%s\nfirst ones:\n%s",
                        seed, failures.size(), kinds.entrySet().stream().map(kind -> kind.getValue() + " x " + kind.getKey())
                                .collect(java.util.stream.Collectors.joining("\n")),
                        String.join("\n\n", failures.subList(0, Math.min(5, failures.size()))))
                .isEmpty();
        assertThat(sent.values().stream().mapToInt(AtomicInteger::get).sum()).isGreaterThanOrEqualTo(10_000);

        // nothing half-written: exactly the case files and submissions whose answers said "stored" are in the database
        assertThat(storedCaseNumbers(intakeSent)).as("seed %d: stored case files", seed)
                .containsExactlyInAnyOrderElementsOf(intakeAccepted);
        Set<String> stored = storedMarkers(markersSent);
        Set<String> storedButRefused = new java.util.TreeSet<>(stored);
        storedButRefused.removeAll(markersAccepted);
        assertThat(stored).as("seed %d: stored resumption submissions and registry corrections; stored but refused:\n%s",
                seed, storedButRefused.stream().map(marker -> marker + ": " + answers.get(marker))
                        .collect(java.util.stream.Collectors.joining("\n")))
                .containsExactlyInAnyOrderElementsOf(markersAccepted);
        assertThat(markersSent).containsAll(markersAccepted);
        assertThat(orphanedRows(intakeSent, targets.caseNumber())).as("rows left without their parent").isZero();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // what every answer must look like

    /** The first broken rule, or null. */
    static String check(Probe probe, Answer answer) {
        if (answer.status() >= 500) {
            return "server error";
        }
        if (!isHttp(probe) && answer.status() >= 400 && answer.body().length == 0) {
            // not a valid HTTP request (control characters in a header, a raw space or broken escape in the target):
            // the HTTP layer may refuse it before any route, with a bare 4xx and nothing else to check
            return null;
        }
        if (INTERNALS.matcher(answer.text()).find()) {
            return "internals in the answer";
        }
        String type = answer.header("content-type");
        if (probe.target().startsWith("/api/") && answer.status() >= 400
                && (type == null || !type.startsWith("application/problem+json"))) {
            return "API refusal not problem+json";
        }
        if (probe.family() == Family.CSRF_PROBE && answer.status() < 400) {
            return "form without a valid CSRF token accepted";
        }
        String location = answer.header("location");
        if (location != null && !staysOnSite(location, probe)) {
            return "redirect off the site: " + location;
        }
        return null;
    }

    /** Whether the request is valid HTTP/1.1 (RFC 9112, RFC 3986): visible ASCII target with whole escapes, clean headers. */
    static boolean isHttp(Probe probe) {
        String target = probe.target();
        for (int i = 0; i < target.length(); i++) {
            char c = target.charAt(i);
            if (c <= 0x20 || c >= 0x7f || c == '"' || c == '<' || c == '>' || c == '\\' || c == '^' || c == '`'
                    || c == '{' || c == '|' || c == '}') {
                return false;
            }
            if (c == '%' && (i + 2 >= target.length() || Character.digit(target.charAt(i + 1), 16) < 0
                    || Character.digit(target.charAt(i + 2), 16) < 0)) {
                return false;
            }
        }
        String forwarded = probe.headers().get("X-Forwarded-For");
        if (forwarded != null && !forwarded.matches(" *[0-9A-Fa-f.:]+( *, *[0-9A-Fa-f.:]+)* *")) {
            // the proxy header is read by the HTTP layer before any route; a value that names no address is refused
            return false;
        }
        for (String value : probe.headers().values()) {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if ((c < 0x20 && c != '\t') || c == 0x7f) {
                    return false;
                }
            }
        }
        return target.length() < 4096;
    }

    /** Whether a browser following {@code location} stays on this site (it drops tabs and newlines, reads \ as /). */
    static boolean staysOnSite(String location, Probe probe) {
        String seen = location.replaceAll("[\\t\\n\\r]", "").replace('\\', '/');
        String host = probe.headers().get("Host");
        if (seen.startsWith("http://" + host + "/") || seen.equals("http://" + host)) {
            seen = seen.substring(("http://" + host).length());
        }
        return seen.isEmpty() || (seen.startsWith("/") && !seen.startsWith("//"));
    }

    private static void record(Probe probe, Answer answer, Set<String> intakeSent, Set<String> intakeAccepted,
            Set<String> markersSent, Set<String> markersAccepted) {
        switch (probe.family()) {
            case INTAKE_JSON -> {
                String number = probe.marker();
                if (number != null) {
                    intakeSent.add(number);
                    if (answer.status() == 200 || answer.status() == 201) {
                        intakeAccepted.add(number);
                    }
                }
            }
            case INTAKE_NDJSON -> {
                if (probe.marker() != null) {
                    intakeSent.addAll(List.of(probe.marker().split("\n")));
                }
                if (answer.status() == 200) {
                    for (String line : answer.text().split("\n")) {
                        JsonNode result = json(line);
                        if (result != null && result.path("status").asInt() / 100 == 2
                                && result.hasNonNull("caseNumber")) {
                            intakeAccepted.add(result.get("caseNumber").asText());
                        }
                    }
                }
            }
            case RESUMPTION_API, RESUMPTION_MULTIPART, RESUMPTION_PAGES, REGISTRY_CORRECTION, CSRF_PROBE -> {
                if (probe.marker() != null) {
                    markersSent.add(probe.marker());
                    boolean accepted = probe.family() == Family.REGISTRY_CORRECTION
                            ? answer.status() == 200
                            : answer.status() == 200 || answer.status() == 201 || answer.status() == 303;
                    if (accepted) {
                        markersAccepted.add(probe.marker());
                    }
                }
            }
            default -> {
                // reads and sign-ins write no rows of their own
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // the requests

    private static Family[] slots() {
        List<Family> slots = new ArrayList<>();
        for (Family family : Family.values()) {
            for (int i = 0; i < family.share; i++) {
                slots.add(family);
            }
        }
        return slots.toArray(Family[]::new);
    }

    Probe probe(int index, HostileValues hostile, Targets targets) {
        Family family = BY_SLOT[index % BY_SLOT.length];
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Host", base.getHost() + ":" + base.getPort());
        // each request from its own address, so the per-address limits let the requests reach the handlers
        headers.put("X-Forwarded-For", hostile.chance(0.02) ? hostile.text(false).replaceAll("[\\r\\n]", "")
                : "10." + hostile.between(0, 255) + "." + hostile.between(0, 255) + "." + hostile.between(1, 255));
        if (hostile.chance(0.1)) {
            headers.put("Accept-Language", hostile.text(false).replaceAll("[\\r\\n]", ""));
        }
        if (hostile.chance(0.05)) {
            headers.put("Accept", hostile.oneOf(List.of("*/*", "text/html", "application/xml", "nonsense", "",
                    "application/json;q=0", "text/*")));
        }
        return switch (family) {
            case INTAKE_JSON -> intakeJson(index, hostile, headers, targets);
            case INTAKE_NDJSON -> intakeStream(index, hostile, headers, targets);
            case CASE_LOGIN_API -> jsonSignIn(index, hostile, headers, "/api/v1/auth/case-login",
                    List.of("caseNumber", "queryCode"), targets);
            case SIGN_IN_API -> jsonSignIn(index, hostile, headers, "/api/v1/auth/sign-in", List.of("email", "password"),
                    targets);
            case LOGIN_FORM -> loginForm(index, hostile, headers, targets);
            case LOGIN_PAGE -> new Probe(index, family, "GET", "/login?next=" + hostile.queryValue(next(hostile))
                    + (hostile.chance(0.3) ? "&out=" + hostile.queryValue(hostile.text(false)) : ""), headers, null, null);
            case CSRF_PROBE -> csrfProbe(index, hostile, headers, targets);
            case RESUMPTION_API -> resumptionApi(index, hostile, headers, targets);
            case RESUMPTION_MULTIPART -> resumptionMultipart(index, hostile, headers, targets);
            case RESUMPTION_PAGES -> resumptionPages(index, hostile, headers, targets);
            case REGISTRY_API -> registrySearch(index, family, hostile, headers, "/api/v1/registry");
            case REGISTRY_PAGE -> registrySearch(index, family, hostile, headers, "/registry");
            case REGISTRY_CORRECTION -> correction(index, hostile, headers, targets);
        };
    }

    private static Probe intakeJson(int index, HostileValues hostile, Map<String, String> headers, Targets targets) {
        ObjectNode file = CaseFiles.fresh();
        String number = "(2023)京0105执" + (9_000_000 + index) + "号";
        file.put("caseNumber", number);
        byte[] body;
        if (hostile.chance(0.3)) {
            body = hostile.brokenJson(file.toString());
        } else {
            hostile.corrupt(file);
            body = HostileValues.utf8(file.toString());
        }
        authorise(hostile, headers, targets.courtToken());
        contentType(hostile, headers, "application/json", 0.15);
        String sentNumber = file.path("caseNumber").isTextual() ? file.get("caseNumber").asText() : null;
        return new Probe(index, Family.INTAKE_JSON, "POST",
                hostile.chance(0.02) ? "/api/v1/intake/cases/" : "/api/v1/intake/cases",
                headers, body, sentNumber);
    }

    private static Probe intakeStream(int index, HostileValues hostile, Map<String, String> headers, Targets targets) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        List<String> numbers = new ArrayList<>();
        int lines = hostile.between(1, 6);
        for (int line = 0; line < lines; line++) {
            ObjectNode file = CaseFiles.fresh();
            String number = "(2023)京0105执" + (8_000_000 + index * 10 + line) + "号";
            file.put("caseNumber", number);
            numbers.add(number);
            int kind = hostile.between(0, 10);
            if (kind < 3) {
                body.writeBytes(hostile.brokenJson(file.toString()));
            } else if (kind < 8) {
                body.writeBytes(HostileValues.utf8(hostile.corrupt(file).toString()));
            } else {
                body.writeBytes(HostileValues.utf8(file.toString()));
            }
            body.writeBytes(HostileValues.utf8(hostile.oneOf(List.of("\n", "\n", "\r\n", "\n\n", "\u0000\n", "\r"))));
        }
        authorise(hostile, headers, targets.courtToken());
        contentType(hostile, headers, "application/x-ndjson", 0.15);
        return new Probe(index, Family.INTAKE_NDJSON, "POST", "/api/v1/intake/cases", headers, body.toByteArray(),
                String.join("\n", numbers));
    }

    private static Probe jsonSignIn(int index, HostileValues hostile, Map<String, String> headers, String path,
            List<String> fields, Targets targets) {
        ObjectNode body = CaseFiles.JSON.createObjectNode();
        body.put(fields.get(0), fields.get(0).equals("email") ? "nobody@test.cn" : targets.caseNumber());
        body.put(fields.get(1), hostile.text(false));
        hostile.corrupt(body);
        byte[] bytes = hostile.chance(0.3) ? hostile.brokenJson(body.toString()) : HostileValues.utf8(body.toString());
        contentType(hostile, headers, "application/json", 0.15);
        return new Probe(index, path.endsWith("case-login") ? Family.CASE_LOGIN_API : Family.SIGN_IN_API, "POST", path,
                headers, bytes, null);
    }

    private static Probe loginForm(int index, HostileValues hostile, Map<String, String> headers, Targets targets) {
        boolean caseForm = hostile.chance(0.6);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("csrf-token", targets.csrf());
        boolean real = caseForm && hostile.chance(0.3);
        if (caseForm) {
            form.put("caseNumber", real ? targets.caseNumber() : hostile.text(false));
            form.put("queryCode", real ? targets.queryCode() : hostile.text(false));
        } else {
            form.put("email", hostile.text(false));
            form.put("password", hostile.text(false));
        }
        form.put("next", next(hostile));
        headers.put("Cookie", "csrf-token=" + targets.csrf() + "; lang=" + hostile.oneOf(List.of("zh", "en", "xx")));
        byte[] body = !real && hostile.chance(0.3) ? hostile.brokenForm(form) : encode(form);
        contentType(hostile, headers, "application/x-www-form-urlencoded", real ? 0 : 0.15);
        return new Probe(index, Family.LOGIN_FORM, "POST", caseForm ? "/login/case" : "/login/account", headers, body,
                null);
    }

    /** Redirect targets a browser might read as another site, and other odd ones. */
    private static String next(HostileValues hostile) {
        return hostile.chance(0.6) ? hostile.oneOf(List.of("//evil.example", "/\\evil.example", "/%5Cevil.example",
                "/%2F%2Fevil.example", "/\t/evil.example", "/\n/evil.example", "\\\\evil.example", "https://evil.example",
                "/ /evil.example", "/%09/evil.example", "/cases?x=1#frag", "/cases/{x}", "/a b", "/\u0000", "/\u3000/x",
                "javascript:alert(1)", "/..%2F..%2F", "/\uD800", "/%zz", "/" + HostileValues.repeat("a", 3000),
                "/cases/%E4%B8", "/%0d%0aSet-Cookie:x=y")) : hostile.text(false);
    }

    private static Probe csrfProbe(int index, HostileValues hostile, Map<String, String> headers, Targets targets) {
        String marker = "hostile-csrf-" + index;
        Map<String, String> form = new LinkedHashMap<>();
        if (hostile.chance(0.5)) {
            form.put("csrf-token", hostile.oneOf(List.of("", "x", targets.csrf() + "x", hostile.text(false))));
        }
        form.put("submission", marker);
        form.put("type", "VEHICLE");
        form.put("plate", "京A·12345");
        form.put("brand", "大众");
        form.put("seenAt", "朝阳区");
        headers.put("Cookie", "portal_session=" + targets.creditorToken() + "; csrf-token=" + targets.csrf());
        String type = hostile
                .oneOf(List.of("*/*", "application/*", "*/x-www-form-urlencoded", "application/x-www-form-urlencoded",
                        "application/x-www-form-urlencoded; charset=EBCDIC", "APPLICATION/X-WWW-FORM-URLENCODED",
                        "application/x-www-form-urlencoded;", "text/plain", "", "multipart/form-data"));
        if (!type.isEmpty()) {
            headers.put("Content-Type", type);
        }
        String path = "/cases/" + segment(targets.caseNumber()) + "/resumption/" + hostile.oneOf(List.of("clues", "submit"));
        return new Probe(index, Family.CSRF_PROBE, "POST", path, headers, encode(form), marker);
    }

    private static Probe resumptionApi(int index, HostileValues hostile, Map<String, String> headers, Targets targets) {
        String key = "hostile-api-" + index;
        ObjectNode body = application();
        hostile.corrupt(body);
        byte[] bytes = hostile.chance(0.25) ? hostile.brokenJson(body.toString()) : HostileValues.utf8(body.toString());
        authorise(hostile, headers, targets.creditorToken());
        contentType(hostile, headers, "application/json", 0.15);
        String sentKey = key;
        if (hostile.chance(0.05)) {
            sentKey = hostile.text(false).replaceAll("[\\r\\n]", "");
            headers.put("Idempotency-Key", sentKey);
        } else {
            headers.put("Idempotency-Key", key);
        }
        return new Probe(index, Family.RESUMPTION_API, "POST", API_RESUMPTION.formatted(segment(targets.caseNumber())),
                headers, bytes, sentKey.equals(key) ? key : null);
    }

    private static Probe resumptionMultipart(int index, HostileValues hostile, Map<String, String> headers,
            Targets targets) {
        String key = "hostile-multi-" + index;
        ObjectNode application = application();
        if (hostile.chance(0.7)) {
            hostile.corrupt(application);
        }
        HostileValues.Multipart body = hostile.brokenMultipart(Map.of("application", application.toString()),
                hostile.chance(0.5) ? targets.png() : null);
        authorise(hostile, headers, targets.creditorToken());
        headers.put("Idempotency-Key", key);
        headers.put("Content-Type", body.contentType());
        return new Probe(index, Family.RESUMPTION_MULTIPART, "POST",
                API_RESUMPTION.formatted(segment(targets.caseNumber())), headers, body.body(), key);
    }

    private static Probe resumptionPages(int index, HostileValues hostile, Map<String, String> headers, Targets targets) {
        String key = "hostile-page-" + index;
        String base = "/cases/" + segment(targets.caseNumber()) + "/resumption/";
        headers.put("Cookie", "portal_session=" + targets.creditorToken() + "; csrf-token=" + targets.csrf());
        int kind = hostile.between(0, 10);
        if (kind < 3) {
            HostileValues.Multipart body = hostile.brokenMultipart(Map.of("csrf-token", targets.csrf(), "submission", key),
                    hostile.chance(0.8) ? targets.png() : null);
            headers.put("Content-Type", body.contentType());
            return new Probe(index, Family.RESUMPTION_PAGES, "POST", base + "evidence", headers, body.body(), null);
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("csrf-token", targets.csrf());
        form.put("submission", key);
        String path;
        if (kind < 8) {
            path = "clues";
            form.put("type", hostile.chance(0.8) ? hostile.oneOf(List.of("VEHICLE", "BANK_ACCOUNT", "REAL_ESTATE"))
                    : hostile.text(false));
            for (String field : List.of("plate", "brand", "seenAt", "bank", "accountNumber", "holder",
                    "certificateNumber", "address")) {
                if (hostile.chance(0.6)) {
                    form.put(field, hostile.chance(0.5) ? hostile.text(false) : hostile.mixed(hostile.between(1, 30)));
                }
            }
        } else {
            path = "submit";
            form.put("declared", hostile.oneOf(List.of("true", "on", "yes", "", hostile.text(false))));
            form.put("urgent", hostile.oneOf(List.of("true", "false", "1", hostile.text(false))));
            form.put("urgentReason", hostile.text(false));
        }
        boolean broken = hostile.chance(0.3);
        byte[] body = broken ? hostile.brokenForm(form) : encode(form);
        contentType(hostile, headers, "application/x-www-form-urlencoded", 0.15);
        // a broken form may lose its submission key, and the page then makes up its own: no marker to look for
        return new Probe(index, Family.RESUMPTION_PAGES, "POST", base + path, headers, body, broken ? null : key);
    }

    private static Probe registrySearch(int index, Family family, HostileValues hostile, Map<String, String> headers,
            String path) {
        StringBuilder query = new StringBuilder();
        for (String parameter : List.of("name", "match", "id", "court", "caseNumber", "from", "to", "minAmount",
                "maxAmount", "after", "limit")) {
            if (hostile.chance(0.35)) {
                String value = switch (parameter) {
                    case "from", "to" -> hostile.chance(0.5) ? hostile.oneOf(List.of("99999-01-01", "+999999999-12-31",
                            "-999999999-01-01", "0000-01-01", "2023-02-29", "2024-02-29", "1900-01-01", "2023-1-1",
                            " 2023-01-01 ", "2023-01-01T00:00")) : hostile.text(false);
                    case "minAmount", "maxAmount" -> hostile.oneOf(List.of("1e999999999", "-1", "NaN", "1,000,000",
                            "99999999999999999999999999999999999999.99", "0x10", hostile.text(false)));
                    case "limit" -> hostile.oneOf(List.of("-1", "0", "2147483648", "1e3", "abc", "100", "101"));
                    case "match" -> hostile.oneOf(List.of("fuzzy", "prefix", "exact", "FUZZY", hostile.text(false)));
                    default -> hostile.text(false);
                };
                query.append(query.isEmpty() ? "?" : "&").append(parameter).append('=')
                        .append(hostile.queryValue(value.length() > 3000 ? value.substring(0, 3000) : value));
            }
        }
        if (hostile.chance(0.05)) {
            query.append(query.isEmpty() ? "?" : "&").append(hostile.oneOf(List.of("%", "=", "&&", "name", "name=%zz%",
                    "from=2023-01-01&from=99999-01-01")));
        }
        return new Probe(index, family, "GET", path + query, headers, null, null);
    }

    private static Probe correction(int index, HostileValues hostile, Map<String, String> headers, Targets targets) {
        String marker = "hostile-fix-" + index;
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("csrf-token", targets.csrf());
        fields.put("requester", hostile.chance(0.5) ? hostile.text(false) : "测试人");
        fields.put("contact", marker);
        fields.put("whatIsWrong", hostile.chance(0.7) ? hostile.text(hostile.chance(0.1)) : "已履行");
        headers.put("Cookie", "csrf-token=" + targets.csrf());
        byte[] body;
        if (hostile.chance(0.5)) {
            HostileValues.Multipart multipart = hostile.brokenMultipart(fields, hostile.chance(0.3) ? targets.png() : null);
            headers.put("Content-Type", multipart.contentType());
            body = multipart.body();
        } else {
            org.zhongben.portal.testsupport.MultipartBody multipart = new org.zhongben.portal.testsupport.MultipartBody();
            fields.forEach(multipart::field);
            if (hostile.chance(0.3)) {
                multipart.file("evidence", hostile.mixed(5) + ".png", hostile.chance(0.5) ? targets.png()
                        : HostileValues.utf8(hostile.text(false)), hostile.oneOf(List.of("image/png", "*/*", "text/html")));
            }
            body = wholeBody(multipart, headers);
        }
        String ref = hostile.chance(0.9) ? targets.registryRef() : segment(hostile.text(false));
        return new Probe(index, Family.REGISTRY_CORRECTION, "POST", "/registry/entries/" + ref + "/correction", headers,
                body, marker);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // helpers

    private static void authorise(HostileValues hostile, Map<String, String> headers, String token) {
        if (hostile.chance(0.03)) {
            headers.put("Authorization", hostile.oneOf(List.of("Bearer", "Bearer " + hostile.mixed(40), "Basic Og==",
                    "Bearer " + token + "x")));
        } else {
            headers.put("Authorization", "Bearer " + token);
        }
    }

    private static void contentType(HostileValues hostile, Map<String, String> headers, String proper, double odd) {
        String type = hostile.chance(odd) ? hostile.contentType(proper) : proper;
        if (type != null) {
            headers.put("Content-Type", type);
        }
    }

    private static ObjectNode application() {
        ObjectNode body = CaseFiles.JSON.createObjectNode();
        ObjectNode clue = body.putArray("clues").addObject().put("type", "VEHICLE");
        clue.putObject("fields").put("plate", "京A·12345").put("brand", "大众").put("seenAt", "朝阳区某小区地下车库");
        body.put("declared", true).put("submit", false);
        return body;
    }

    private static byte[] encode(Map<String, String> form) {
        StringBuilder out = new StringBuilder();
        form.forEach((name, value) -> out.append(out.isEmpty() ? "" : "&").append(segment(name)).append('=')
                .append(segment(value)));
        return HostileValues.utf8(out.toString());
    }

    /** A multipart body with its content type, as {@link org.zhongben.portal.testsupport.MultipartBody} builds it. */
    private static byte[] wholeBody(org.zhongben.portal.testsupport.MultipartBody multipart, Map<String, String> headers) {
        io.restassured.specification.FilterableRequestSpecification spec = (io.restassured.specification.FilterableRequestSpecification) multipart
                .on(RestAssured.given());
        headers.put("Content-Type", spec.getContentType());
        return spec.getBody();
    }

    /** The path of a request target, without its query, its case number or other ids shortened. */
    private static String path(String target) {
        String path = target.replaceAll("\\?.*", "");
        return path.replaceAll("/cases/[^/]+", "/cases/N").replaceAll("/entries/[^/]+", "/entries/R");
    }

    private static String segment(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static JsonNode json(String line) {
        try {
            return CaseFiles.JSON.readTree(line);
        } catch (IOException e) {
            return null;
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 600 ? text.substring(0, 600) + "... (" + text.length() + " chars)" : text;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // set-up and the database afterwards

    private Targets targets() {
        Intake.StoredCase stored = Intake.storeFresh();
        String creditor = Sessions.caseLogin(stored.caseNumber(), stored.creditorCode());
        Response login = RestAssured.given().get("/login");
        String csrf = Browser.first(Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\""), login.asString());
        assertThat(login.getCookie("csrf-token")).isEqualTo(csrf);
        String ref = null;
        for (int attempt = 0; attempt < 50 && ref == null; attempt++) {
            ref = RestAssured.given().header("X-Forwarded-For", "10.250.0." + (attempt + 1))
                    .queryParam("caseNumber", stored.caseNumber()).get("/api/v1/registry").then().statusCode(200)
                    .extract().jsonPath().getString("items[0].ref");
            if (ref == null) {
                sleep(200);
            }
        }
        assertThat(ref).as("the stored case's registry entry").isNotNull();
        return new Targets(stored.caseNumber(), stored.creditorCode(), creditor, TestTokens.courtSystem(CaseFiles.COURT,
                java.time.Duration.ofMinutes(30)), csrf, ref, png());
    }

    private Set<String> storedCaseNumbers(Set<String> sent) {
        Set<String> stored = new HashSet<>();
        for (Row row : pool.preparedQuery("SELECT case_number FROM enforcement_case WHERE case_number = ANY($1)")
                .execute(Tuple.of(sent.toArray(String[]::new))).await().indefinitely()) {
            stored.add(row.getString("case_number"));
        }
        return stored;
    }

    private Set<String> storedMarkers(Set<String> sent) {
        Set<String> stored = new HashSet<>();
        for (Row row : pool.preparedQuery("""
                SELECT substring(idempotency_key from position(':' in idempotency_key) + 1) AS marker
                FROM resumption_submission WHERE substring(idempotency_key from position(':' in idempotency_key) + 1) = ANY($1)
                UNION ALL
                SELECT contact FROM registry_correction WHERE contact = ANY($1)""")
                .execute(Tuple.of(sent.toArray(String[]::new))).await().indefinitely()) {
            stored.add(row.getString("marker"));
        }
        return stored;
    }

    /** Child rows whose parent is missing would mean a write that stopped half-way. */
    private long orphanedRows(Set<String> caseNumbers, String target) {
        return pool.preparedQuery("""
                SELECT (SELECT count(*) FROM enforcement_case c WHERE c.case_number = ANY($1)
                        AND NOT EXISTS (SELECT 1 FROM party p WHERE p.case_id = c.id))
                     + (SELECT count(*) FROM resumption_application a WHERE a.case_number = $2
                        AND NOT EXISTS (SELECT 1 FROM resumption_submission s WHERE s.application_id = a.id))""")
                .execute(Tuple.of(caseNumbers.toArray(String[]::new), target)).await().indefinitely().iterator().next()
                .getLong(0);
    }

    private static byte[] png() {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, 0xff0000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
