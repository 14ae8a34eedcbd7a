package org.zhongben.portal.deploy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * What the manifests and the image ask of the running portal, asked of a running portal: every probe path answers
 * 200 on the port the probe names, the image's HEALTHCHECK too, and every portal metric, label and label value the
 * alert rules use is one the portal really exports at /q/metrics.
 */
@QuarkusTest
class DeploymentProbesTest {

    /** Labels Prometheus adds to every scraped series (from the target), not exported by the portal. */
    private static final Set<String> TARGET_LABELS = Set.of("container", "pod", "namespace", "job", "instance",
            "endpoint", "service");
    /** Exporters other than the portal: kube-state-metrics and the CloudNativePG instance exporter. */
    private static final List<String> OTHER_EXPORTERS = List.of("kube_", "cnpg_", "barman_cloud_");
    private static final Pattern SELECTOR = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)\\{([^}]*)}");
    private static final Pattern MATCHER = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)\\s*(=~|!~|!=|=)\\s*\"([^\"]*)\"");
    private static final Pattern GROUPING = Pattern.compile("\\b(?:by|on|ignoring)\\s*\\(([^)]*)\\)");
    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})?\\s+\\S+.*$");

    static Stream<String> overlays() {
        return RenderedManifests.OVERLAYS.stream();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyProbeAnswers200OnThePortThePortalListensOn(String overlay) {
        List<ObjectNode> objects = RenderedManifests.overlay(overlay);
        JsonNode container = DeploymentManifestsTest.portal(objects).path("spec").path("template").path("spec")
                .path("containers").get(0);
        Map<String, String> environment = new HashMap<>(ImageDefinition.environment());
        environment.putAll(DeploymentEnvironmentTest.environment(objects, container));
        String listening = ConfigCatalog.load().prodValue(environment, "quarkus.http.port").orElseThrow();

        Map<String, Integer> ports = new HashMap<>();
        container.path("ports").forEach(port -> ports.put(port.path("name").asText(), port.path("containerPort").asInt()));
        Set<String> paths = new LinkedHashSet<>();
        for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
            JsonNode get = container.path(probe).path("httpGet");
            assertThat(get.isMissingNode()).as(overlay + " " + probe + " is an HTTP probe").isFalse();
            String port = get.path("port").asText();
            int number = ports.containsKey(port) ? ports.get(port) : get.path("port").asInt();
            assertThat(number).as(probe + " port " + port + " is where the portal listens in production")
                    .isEqualTo(Integer.parseInt(listening));
            String path = get.path("path").asText();
            paths.add(path);
            Response answer = given().get(path);
            assertThat(answer.statusCode()).as(probe + " " + path).isEqualTo(200);
            assertThat(answer.jsonPath().getString("status")).as(probe + " " + path).isEqualTo("UP");
        }
        assertThat(paths).as("started, ready and live are three different questions")
                .containsExactly("/q/health/started", "/q/health/ready", "/q/health/live");
    }

    @Test
    void theImageHealthcheckAsksAnEndpointThatAnswers() {
        String path = ImageDefinition.healthcheckPath();
        assertThat(given().get(path).statusCode()).as(path).isEqualTo(200);
        assertThat(ImageDefinition.instructions()).contains("EXPOSE 8080");
    }

    @Test
    void everyPortalMetricTheAlertsUseIsExportedWithItsLabels() {
        // traffic that creates the request timers: a page, a JSON search through the read-only pool, and a 404
        assertThat(given().get("/").statusCode()).isEqualTo(200);
        assertThat(given().get("/api/v1/registry?name=张伟").statusCode()).isEqualTo(200);
        assertThat(given().get("/no-such-page").statusCode()).isEqualTo(404);
        Map<String, List<Map<String, String>>> exported = scrape(given().get("/q/metrics").asString());
        assertThat(exported).containsKey("http_server_requests_seconds_count");

        List<String> problems = new ArrayList<>();
        int portalMetrics = 0;
        for (JsonNode rule : rules()) {
            String expr = rule.path("expr").asText();
            String alert = rule.path("alert").asText();
            Set<String> labelsOfExpression = new LinkedHashSet<>();
            Matcher selector = SELECTOR.matcher(expr);
            while (selector.find()) {
                String metric = selector.group(1);
                if (OTHER_EXPORTERS.stream().anyMatch(metric::startsWith)) {
                    continue;
                }
                portalMetrics++;
                List<Map<String, String>> series = exported.get(metric);
                if (series == null) {
                    problems.add(alert + ": the portal exports no " + metric);
                    continue;
                }
                series.forEach(labels -> labelsOfExpression.addAll(labels.keySet()));
                Matcher matcher = MATCHER.matcher(selector.group(2));
                while (matcher.find()) {
                    String label = matcher.group(1);
                    if (TARGET_LABELS.contains(label)) {
                        continue;
                    }
                    if (series.stream().noneMatch(labels -> labels.containsKey(label))) {
                        problems.add(alert + ": " + metric + " has no label " + label);
                    } else if (matcher.group(2).equals("=")
                            && series.stream().noneMatch(labels -> matcher.group(3).equals(labels.get(label)))) {
                        problems.add(alert + ": no " + metric + " series has " + label + "=\"" + matcher.group(3)
                                + "\"");
                    }
                }
            }
            if (labelsOfExpression.isEmpty()) {
                continue;
            }
            Matcher grouping = GROUPING.matcher(expr);
            while (grouping.find()) {
                for (String label : grouping.group(1).split(",")) {
                    String trimmed = label.strip();
                    if (!trimmed.isEmpty() && !TARGET_LABELS.contains(trimmed)
                            && !labelsOfExpression.contains(trimmed)) {
                        problems.add(alert + ": groups by " + trimmed + ", which its portal metrics do not carry");
                    }
                }
            }
        }
        assertThat(portalMetrics).as("the rules watch the portal itself").isGreaterThanOrEqualTo(5);
        assertThat(problems).isEmpty();
    }

    private static List<JsonNode> rules() {
        List<JsonNode> rules = new ArrayList<>();
        for (ObjectNode ruleSet : RenderedManifests.ofKind(RenderedManifests.overlay("prod"), "PrometheusRule")) {
            ruleSet.path("spec").path("groups").forEach(group -> group.path("rules").forEach(rules::add));
        }
        assertThat(rules).as("prod ships alert rules").isNotEmpty();
        return rules;
    }

    /** Prometheus text format: metric name -> the label sets of its samples. */
    static Map<String, List<Map<String, String>>> scrape(String exposition) {
        Map<String, List<Map<String, String>>> metrics = new LinkedHashMap<>();
        for (String line : exposition.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            Matcher sample = SAMPLE.matcher(line);
            if (!sample.matches()) {
                continue;
            }
            Map<String, String> labels = new LinkedHashMap<>();
            if (sample.group(2) != null) {
                Matcher label = MATCHER.matcher(sample.group(2));
                while (label.find()) {
                    labels.put(label.group(1), label.group(3));
                }
            }
            metrics.computeIfAbsent(sample.group(1), name -> new ArrayList<>()).add(labels);
        }
        return metrics;
    }
}
