package org.zhongben.portal.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.smallrye.config.ConfigValue;
import io.smallrye.config.SmallRyeConfig;

/**
 * Every environment variable the manifests and the image set is one the portal really reads: a configuration
 * property under SmallRye Config's environment naming (portal.public-url -> PORTAL_PUBLIC_URL,
 * quarkus.datasource."replica".reactive.url -> QUARKUS_DATASOURCE__REPLICA__REACTIVE_URL) that can change at run time,
 * or a variable the image's ENTRYPOINT expands. A misspelt name would otherwise be ignored in silence and the portal
 * would run on its default.
 */
class DeploymentEnvironmentTest {

    private static ConfigCatalog catalog;

    @BeforeAll
    static void loadCatalog() {
        catalog = ConfigCatalog.load();
    }

    static Stream<String> overlays() {
        return RenderedManifests.OVERLAYS.stream();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyVariableOfThePortalContainerIsAPropertyItReadsAtRunTime(String overlay) {
        List<ObjectNode> objects = RenderedManifests.overlay(overlay);
        for (JsonNode container : DeploymentManifestsTest.portal(objects).path("spec").path("template").path("spec")
                .path("containers")) {
            Map<String, String> environment = environment(objects, container);
            assertThat(environment).as("the portal container's environment").isNotEmpty();
            assertReadByThePortal(environment, container.path("name").asText() + " in " + overlay);
        }
    }

    @Test
    void everyVariableTheImageSetsIsReadByThePortalOrItsEntrypoint() {
        Map<String, String> image = ImageDefinition.environment();
        assertThat(image).containsKeys("PORTAL_DATA_DIR", "JAVA_OPTS");
        assertThat(ImageDefinition.entrypointVariables()).containsExactlyInAnyOrder("JAVA_OPTS", "JAVA_OPTS_APPEND");
        assertReadByThePortal(image, "Dockerfile.jvm");
    }

    @Test
    void namesThePortalDoesNotReadAreRefused() {
        // misspellings, wrong separators, and a build-time property that an environment cannot change any more
        for (String wrong : List.of("PORTAL_JWT_SIGNING_KEY_LOCATON", "QUARKUS_DATASOURCE_REACTIVE_URI",
                "QUARKUS_MAILER_HOSTNAME", "PORTAL_DATADIR", "QUARKUS_DATASOURCE_REPLICA_REACTIVE_URLS")) {
            assertThat(catalog.matches(wrong)).as(wrong).isEmpty();
        }
        assertThat(catalog.matches("QUARKUS_SCHEDULER_METRICS_ENABLED")).isNotEmpty()
                .allSatisfy(match -> assertThat(match.known().settableAtRunTime()).isFalse());
        assertThat(catalog.matches("QUARKUS_DATASOURCE__REPLICA__REACTIVE_URL")).first()
                .satisfies(match -> assertThat(match.property()).isEqualTo("quarkus.datasource.\"replica\".reactive.url"));
        assertThat(catalog.matches("PORTAL_CRYPTO_ID_KEYS")).first()
                .satisfies(match -> assertThat(match.property()).isEqualTo("portal.crypto.id-keys"));
    }

    private static void assertReadByThePortal(Map<String, String> environment, String where) {
        List<String> problems = new ArrayList<>();
        SmallRyeConfig config = ConfigCatalog.prod(environment);
        for (Map.Entry<String, String> variable : environment.entrySet()) {
            String name = variable.getKey();
            if (ImageDefinition.entrypointVariables().contains(name) || ImageDefinition.READ_BY_THE_JVM.contains(name)) {
                continue;
            }
            List<ConfigCatalog.Match> matches = catalog.matches(name);
            if (matches.isEmpty()) {
                problems.add(name + " is no configuration property the portal reads");
                continue;
            }
            List<ConfigCatalog.Match> runTime = matches.stream().filter(match -> match.known().settableAtRunTime())
                    .toList();
            if (runTime.isEmpty()) {
                problems.add(name + " sets " + matches.get(0).property() + ", fixed at build time (" + matches.get(0)
                        .known().phase() + "): it has no effect in a container");
                continue;
            }
            // SmallRye Config itself must resolve the property to exactly this variable's value
            ConfigValue resolved = config.getConfigValue(runTime.get(0).property());
            if (!variable.getValue().equals(resolved.getValue())) {
                problems.add(name + " does not reach " + runTime.get(0).property() + " (resolved to "
                        + resolved.getValue() + " from " + resolved.getSourceName() + ")");
            }
        }
        assertThat(problems).as(where).isEmpty();
    }

    /**
     * The container's environment as the kubelet builds it: envFrom ConfigMaps, then env entries (a Secret's value is
     * unknown here and stands as {@code secret:<name>/<key>}).
     */
    static Map<String, String> environment(List<ObjectNode> objects, JsonNode container) {
        Map<String, String> environment = new LinkedHashMap<>();
        for (JsonNode source : container.path("envFrom")) {
            assertThat(source.has("secretRef")).as("Secrets are mapped key by key, so every name is visible").isFalse();
            JsonNode configMap = RenderedManifests.one(objects, "ConfigMap",
                    source.path("configMapRef").path("name").asText());
            configMap.path("data").properties()
                    .forEach(entry -> environment.put(entry.getKey(), entry.getValue().asText()));
        }
        for (JsonNode variable : container.path("env")) {
            String name = variable.path("name").asText();
            JsonNode from = variable.path("valueFrom");
            if (from.has("secretKeyRef")) {
                environment.put(name, "secret:" + from.path("secretKeyRef").path("name").asText() + "/"
                        + from.path("secretKeyRef").path("key").asText());
            } else if (from.has("configMapKeyRef")) {
                JsonNode configMap = RenderedManifests.one(objects, "ConfigMap",
                        from.path("configMapKeyRef").path("name").asText());
                environment.put(name, configMap.path("data").path(from.path("configMapKeyRef").path("key").asText())
                        .asText());
            } else {
                assertThat(from.isMissingNode()).as(name + ": only literal, ConfigMap and Secret values").isTrue();
                environment.put(name, variable.path("value").asText());
            }
        }
        return new HashMap<>(environment);
    }
}
