package org.zhongben.portal.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhongben.portal.deploy.RenderedManifests.describe;
import static org.zhongben.portal.deploy.RenderedManifests.name;
import static org.zhongben.portal.deploy.RenderedManifests.ofKind;
import static org.zhongben.portal.deploy.RenderedManifests.one;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1Ingress;
import io.kubernetes.client.openapi.models.V1NetworkPolicy;
import io.kubernetes.client.openapi.models.V1PodDisruptionBudget;
import io.kubernetes.client.openapi.models.V1Service;
import io.kubernetes.client.openapi.models.V1ServiceAccount;
import io.kubernetes.client.openapi.models.V2HorizontalPodAutoscaler;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.runtime.configuration.MemorySizeConverter;
import io.smallrye.config.SmallRyeConfig;

/**
 * The rendered overlays (what {@code kubectl apply -k deploy/overlays/<env>} sends) are valid Kubernetes objects and
 * fit together and with the portal: the Kubernetes kinds are parsed by the official API models (generated from the
 * Kubernetes OpenAPI schema: unknown or missing fields and wrong types fail), the custom resources by
 * {@link CustomResourceSchemas}; then the references between objects, the security settings, the limits and the
 * database wiring are checked against the portal's own configuration.
 */
class DeploymentManifestsTest {

    /** apiVersion/kind of the Kubernetes kinds the manifests may use, each with the model that parses it. */
    private interface Parser {
        Object parse(String json) throws IOException;
    }

    private static final Map<String, Parser> KUBERNETES_KINDS = Map.of(
            "v1/ServiceAccount", V1ServiceAccount::fromJson,
            "v1/ConfigMap", V1ConfigMap::fromJson,
            "v1/Service", V1Service::fromJson,
            "apps/v1/Deployment", V1Deployment::fromJson,
            "networking.k8s.io/v1/Ingress", V1Ingress::fromJson,
            "networking.k8s.io/v1/NetworkPolicy", V1NetworkPolicy::fromJson,
            "autoscaling/v2/HorizontalPodAutoscaler", V2HorizontalPodAutoscaler::fromJson,
            "policy/v1/PodDisruptionBudget", V1PodDisruptionBudget::fromJson);

    private static final String CLUSTER_KIND = "Cluster";
    /** Connections a PostgreSQL instance keeps for itself: superuser_reserved_connections (3) + operator and exporter. */
    private static final int DATABASE_RESERVE = 13;

    static Stream<String> overlays() {
        return RenderedManifests.OVERLAYS.stream();
    }

    // ---- schema ----------------------------------------------------------------------------------------------------

    @ParameterizedTest
    @MethodSource("overlays")
    void everyObjectIsValidAgainstItsApiSchema(String overlay) {
        List<ObjectNode> objects = RenderedManifests.overlay(overlay);
        assertThat(objects).isNotEmpty();
        List<String> problems = new ArrayList<>();
        for (ObjectNode object : objects) {
            problems.addAll(schemaProblems(object));
        }
        assertThat(problems).as(overlay).isEmpty();
    }

    @Test
    void theSchemaCheckRefusesWhatTheApiServerWouldRefuse() {
        ObjectNode deployment = one(RenderedManifests.overlay("prod"), "Deployment", "portal").deepCopy();
        ObjectNode container = (ObjectNode) deployment.path("spec").path("template").path("spec").path("containers")
                .get(0);
        container.put("imagePullPolicyy", "Always");
        assertThat(schemaProblems(deployment)).singleElement(InstanceOfAssertFactories.STRING).contains("imagePullPolicyy");

        ObjectNode noPorts = one(RenderedManifests.overlay("prod"), "Deployment", "portal").deepCopy();
        ((ObjectNode) noPorts.path("spec").path("template").path("spec").path("containers").get(0).path("ports")
                .get(0)).put("containerPort", "eighty");
        assertThat(schemaProblems(noPorts)).isNotEmpty();

        ObjectNode cluster = one(RenderedManifests.overlay("prod"), CLUSTER_KIND, "portal-db").deepCopy();
        ((ObjectNode) cluster.path("spec")).put("instance", 3);
        ((ObjectNode) cluster.path("spec").path("storage")).put("size", "lots");
        assertThat(schemaProblems(cluster)).hasSize(2);

        ObjectNode backup = one(RenderedManifests.overlay("prod"), "ScheduledBackup", "portal-db-nightly")
                .deepCopy();
        ((ObjectNode) backup.path("spec")).put("schedule", "0 2 * * *");
        assertThat(schemaProblems(backup)).singleElement(InstanceOfAssertFactories.STRING).contains("schedule");
    }

    private static List<String> schemaProblems(ObjectNode object) {
        String type = object.path("apiVersion").asText() + "/" + object.path("kind").asText();
        Parser parser = KUBERNETES_KINDS.get(type);
        if (parser == null) {
            return CustomResourceSchemas.validate(object);
        }
        try {
            parser.parse(object.toString());
            return List.of();
        } catch (IOException | RuntimeException e) {
            return List.of(describe(object) + ": " + e.getMessage());
        }
    }

    // ---- the portal's pods ------------------------------------------------------------------------------------------

    @ParameterizedTest
    @MethodSource("overlays")
    void everyObjectLivesInTheOverlaysNamespaceAndNoSecretValueIsCommitted(String overlay) {
        String namespace = RenderedManifests.readYaml(RenderedManifests.DEPLOY.resolve("overlays").resolve(overlay)
                .resolve("kustomization.yaml")).path("namespace").asText();
        assertThat(namespace).as(overlay + " sets a namespace").isNotBlank();
        for (ObjectNode object : RenderedManifests.overlay(overlay)) {
            assertThat(object.path("metadata").path("namespace").asText()).as(describe(object)).isEqualTo(namespace);
            assertThat(object.path("kind").asText()).as("secret values are created by operators, never rendered")
                    .isNotEqualTo("Secret");
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void thePortalRunsAtLeastThreeReplicasThatDisruptionsAndScalingNeverReduceBelowThat(String overlay) {
        List<ObjectNode> objects = RenderedManifests.overlay(overlay);
        JsonNode deployment = portal(objects);
        JsonNode hpa = one(objects, "HorizontalPodAutoscaler", "portal");
        int replicas = deployment.path("spec").path("replicas").asInt();
        assertThat(replicas).as("replicas").isGreaterThanOrEqualTo(3);
        assertThat(hpa.path("spec").path("scaleTargetRef").path("kind").asText()).isEqualTo("Deployment");
        assertThat(hpa.path("spec").path("scaleTargetRef").path("name").asText()).isEqualTo(name(deployment));
        assertThat(hpa.path("spec").path("minReplicas").asInt()).as("HPA minReplicas = Deployment replicas")
                .isEqualTo(replicas);
        assertThat(hpa.path("spec").path("maxReplicas").asInt()).isGreaterThan(replicas);
        JsonNode rollout = deployment.path("spec").path("strategy").path("rollingUpdate");
        assertThat(rollout.path("maxUnavailable").asInt()).as("capacity never drops in a rollout").isZero();
        assertThat(rollout.path("maxSurge").asInt()).isPositive();

        Map<String, String> podLabels = labels(deployment.path("spec").path("template"));
        JsonNode pdb = one(objects, "PodDisruptionBudget", "portal");
        assertThat(podLabels).containsAllEntriesOf(matchLabels(pdb.path("spec").path("selector")));
        assertThat(pdb.path("spec").path("maxUnavailable").asInt())
                .as("one pod at a time may go, and a drain is never blocked").isEqualTo(1);
        assertThat(matchLabels(deployment.path("spec").path("selector"))).isNotEmpty();
        assertThat(podLabels).containsAllEntriesOf(matchLabels(deployment.path("spec").path("selector")));
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void podsRunAsNonRootWithAReadOnlyRootAndNoCapabilitiesSpreadOverNodes(String overlay) {
        JsonNode deployment = portal(RenderedManifests.overlay(overlay));
        JsonNode pod = deployment.path("spec").path("template").path("spec");
        Map<String, String> podLabels = labels(deployment.path("spec").path("template"));
        assertThat(pod.path("securityContext").path("runAsNonRoot").asBoolean()).isTrue();
        assertThat(pod.path("securityContext").path("runAsUser").asInt()).isPositive();
        assertThat(pod.path("securityContext").path("seccompProfile").path("type").asText()).isEqualTo("RuntimeDefault");
        assertThat(pod.path("automountServiceAccountToken").asBoolean(true)).isFalse();
        assertThat(pod.path("enableServiceLinks").asBoolean(true))
                .as("no injected service variables: the environment is exactly the listed one").isFalse();
        for (JsonNode container : pod.path("containers")) {
            String what = container.path("name").asText();
            JsonNode security = container.path("securityContext");
            assertThat(security.path("readOnlyRootFilesystem").asBoolean()).as(what).isTrue();
            assertThat(security.path("allowPrivilegeEscalation").asBoolean(true)).as(what).isFalse();
            assertThat(texts(security.path("capabilities").path("drop"))).as(what).containsExactly("ALL");
            assertThat(security.path("capabilities").has("add")).as(what).isFalse();
            JsonNode resources = container.path("resources");
            for (String resource : List.of("cpu", "memory")) {
                assertThat(resources.path("requests").has(resource)).as(what + " requests " + resource).isTrue();
                assertThat(resources.path("limits").has(resource)).as(what + " limits " + resource).isTrue();
            }
            assertThat(quantity(resources.path("requests").path("memory")))
                    .isLessThanOrEqualTo(quantity(resources.path("limits").path("memory")));
            assertThat(container.path("image").asText()).as("the overlay pins the image")
                    .matches("[^:]+/[^:]+:[A-Za-z0-9._-]+").doesNotEndWith(":latest");
        }
        List<String> spreadKeys = new ArrayList<>();
        for (JsonNode constraint : pod.path("topologySpreadConstraints")) {
            spreadKeys.add(constraint.path("topologyKey").asText());
            assertThat(podLabels).containsAllEntriesOf(matchLabels(constraint.path("labelSelector")));
        }
        assertThat(spreadKeys).contains("kubernetes.io/hostname", "topology.kubernetes.io/zone");
        JsonNode antiAffinity = pod.path("affinity").path("podAntiAffinity")
                .path("preferredDuringSchedulingIgnoredDuringExecution");
        assertThat(antiAffinity).isNotEmpty();
        assertThat(podLabels).containsAllEntriesOf(
                matchLabels(antiAffinity.get(0).path("podAffinityTerm").path("labelSelector")));
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyPathThePortalWritesIsOnAWritableVolume(String overlay) {
        JsonNode deployment = portal(RenderedManifests.overlay(overlay));
        JsonNode pod = deployment.path("spec").path("template").path("spec");
        JsonNode container = pod.path("containers").get(0);
        Map<String, String> environment = new HashMap<>(ImageDefinition.environment());
        environment.putAll(DeploymentEnvironmentTest.environment(RenderedManifests.overlay(overlay), container));
        SmallRyeConfig config = ConfigCatalog.prod(environment);

        Set<String> emptyDirs = new LinkedHashSet<>();
        pod.path("volumes").forEach(volume -> {
            if (volume.has("emptyDir")) {
                emptyDirs.add(volume.path("name").asText());
            }
        });
        List<String> writable = new ArrayList<>();
        container.path("volumeMounts").forEach(mount -> {
            if (emptyDirs.contains(mount.path("name").asText()) && !mount.path("readOnly").asBoolean(false)) {
                writable.add(mount.path("mountPath").asText());
            }
        });
        assertThat(container.path("securityContext").path("readOnlyRootFilesystem").asBoolean()).isTrue();

        Map<String, String> written = new LinkedHashMap<>();
        written.put("portal.data-dir", config.getValue("portal.data-dir", String.class));
        written.put("quarkus.http.body.uploads-directory",
                config.getValue("quarkus.http.body.uploads-directory", String.class));
        written.put("java.io.tmpdir", ImageDefinition.systemProperty(environment, "java.io.tmpdir").orElse("/tmp"));
        written.forEach((what, path) -> {
            assertThat(path).as(what + " must be absolute: the working directory is read-only").startsWith("/");
            assertThat(writable).as(what + " = " + path + " lies on a writable emptyDir mount")
                    .anyMatch(mount -> path.equals(mount) || path.startsWith(mount + "/"));
        });
    }

    // ---- services and ingress ---------------------------------------------------------------------------------------

    @ParameterizedTest
    @MethodSource("overlays")
    void servicesAndIngressesPointAtPortsThatExist(String overlay) {
        List<ObjectNode> objects = RenderedManifests.overlay(overlay);
        JsonNode deployment = portal(objects);
        Map<String, String> podLabels = labels(deployment.path("spec").path("template"));
        Set<String> containerPorts = new LinkedHashSet<>();
        deployment.path("spec").path("template").path("spec").path("containers")
                .forEach(container -> container.path("ports").forEach(port -> containerPorts.add(port.path("name").asText())));

        JsonNode service = one(objects, "Service", "portal");
        assertThat(podLabels).containsAllEntriesOf(fields(service.path("spec").path("selector")));
        service.path("spec").path("ports").forEach(port -> assertThat(containerPorts).as("Service portal targetPort")
                .contains(port.path("targetPort").asText()));

        List<ObjectNode> ingresses = ofKind(objects, "Ingress");
        assertThat(ingresses).isNotEmpty();
        for (JsonNode ingress : ingresses) {
            assertThat(ingress.path("spec").path("ingressClassName").asText()).as(describe(ingress)).isNotBlank();
            Set<String> tlsHosts = new LinkedHashSet<>();
            ingress.path("spec").path("tls").forEach(tls -> {
                assertThat(tls.path("secretName").asText()).as(describe(ingress) + " TLS secret").isNotBlank();
                tls.path("hosts").forEach(host -> tlsHosts.add(host.asText()));
            });
            for (JsonNode rule : ingress.path("spec").path("rules")) {
                assertThat(tlsHosts).as(describe(ingress) + ": every host is served over TLS")
                        .contains(rule.path("host").asText());
                for (JsonNode path : rule.path("http").path("paths")) {
                    JsonNode backend = path.path("backend").path("service");
                    JsonNode target = one(objects, "Service", backend.path("name").asText());
                    assertThat(texts(target.path("spec").path("ports"), "name"))
                            .as(describe(ingress) + " " + path.path("path").asText())
                            .contains(backend.path("port").path("name").asText());
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void metricsAndHealthAreNotPublishedThroughTheIngress(String overlay) {
        List<ObjectNode> objects = RenderedManifests.overlay(overlay);
        for (String host : hosts(objects)) {
            for (String path : List.of("/q/metrics", "/q/health", "/q/health/ready")) {
                JsonNode service = one(objects, "Service", routeOf(objects, host, path).orElseThrow());
                assertThat(service.path("spec").has("selector")).as(host + path + " reaches no pod").isFalse();
            }
            assertThat(routeOf(objects, host, "/registry")).contains("portal");
            assertThat(routeOf(objects, host, "/q/swagger-ui")).as("the intake contract stays public")
                    .contains("portal");
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void ingressBodyLimitsLetThroughEveryBodyThePortalAccepts(String overlay) {
        List<ObjectNode> objects = RenderedManifests.overlay(overlay);
        Map<String, String> environment = portalEnvironment(objects);
        ConfigCatalog catalog = ConfigCatalog.load();
        long evidence = memory(catalog, environment, "portal.resumption.max-application-size").asLongValue() + 1024 * 1024;
        long stream = memory(catalog, environment, "portal.intake.max-stream-size").asLongValue();
        long blob = memory(catalog, environment, "portal.storage.max-blob-size").asLongValue();
        long defaultBody = memory(catalog, environment, "portal.http.max-body-size").asLongValue();
        for (String host : hosts(objects)) {
            JsonNode pages = ingressFor(objects, host, "/cases/x/resumption/evidence");
            JsonNode intake = ingressFor(objects, host, "/api/v1/intake/cases");
            assertThat(bodyLimit(pages)).as("resumption evidence (%d bytes) passes %s", evidence, describe(pages))
                    .isGreaterThanOrEqualTo(evidence).isGreaterThanOrEqualTo(defaultBody);
            assertThat(bodyLimit(intake)).as("intake streams (%d bytes) pass %s", stream, describe(intake))
                    .isGreaterThanOrEqualTo(stream).isGreaterThanOrEqualTo(blob);
            assertThat(ingressFor(objects, host, "/api/v1/intake/cases/X/documents/D1")).isEqualTo(intake);
            assertThat(bodyLimit(pages)).as("only intake may send gigabytes").isLessThan(bodyLimit(intake));
            assertThat(intake.path("metadata").path("annotations")
                    .path("nginx.ingress.kubernetes.io/proxy-request-buffering").asText())
                    .as("intake streams go to the portal as they arrive").isEqualTo("off");
        }
    }

    // ---- database -------------------------------------------------------------------------------------------------

    @ParameterizedTest
    @MethodSource("overlays")
    void theDatabaseIsAPrimaryWithTwoStandbysArchivingToObjectStorageWithNightlyBackups(String overlay) {
        List<ObjectNode> objects = RenderedManifests.overlay(overlay);
        JsonNode cluster = database(objects);
        assertThat(cluster.path("spec").path("instances").asInt()).as("primary + 2 standbys").isEqualTo(3);
        assertThat(cluster.path("spec").path("affinity").path("podAntiAffinityType").asText()).isEqualTo("required");
        JsonNode plugin = onlyElement(cluster.path("spec").path("plugins"));
        assertThat(plugin.path("name").asText()).isEqualTo(CustomResourceSchemas.barmanPlugin());
        assertThat(plugin.path("isWALArchiver").asBoolean()).as("WAL archiving").isTrue();
        JsonNode store = one(objects, "ObjectStore", plugin.path("parameters").path("barmanObjectName").asText());
        JsonNode credentials = store.path("spec").path("configuration").path("s3Credentials");
        assertThat(credentials.path("accessKeyId").path("name").asText()).isNotBlank();
        assertThat(credentials.path("secretAccessKey").path("name").asText()).isNotBlank();

        List<ObjectNode> backups = ofKind(objects, "ScheduledBackup");
        assertThat(backups).isNotEmpty();
        for (JsonNode backup : backups) {
            assertThat(backup.path("spec").path("cluster").path("name").asText()).isEqualTo(name(cluster));
            assertThat(backup.path("spec").path("method").asText()).isEqualTo("plugin");
            assertThat(backup.path("spec").path("pluginConfiguration").path("name").asText())
                    .isEqualTo(CustomResourceSchemas.barmanPlugin());
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void theMainDatasourceUsesThePrimaryAndTheReadOnlyOneTheStandbysOverVerifiedTls(String overlay) {
        List<ObjectNode> objects = RenderedManifests.overlay(overlay);
        JsonNode cluster = database(objects);
        String name = name(cluster);
        String database = cluster.path("spec").path("bootstrap").path("initdb").path("database").asText();
        Map<String, String> environment = portalEnvironment(objects);

        URI jdbc = URI.create(environment.get("QUARKUS_DATASOURCE_JDBC_URL").substring("jdbc:".length()));
        URI main = URI.create(environment.get("QUARKUS_DATASOURCE_REACTIVE_URL"));
        URI replica = URI.create(environment.get("QUARKUS_DATASOURCE__REPLICA__REACTIVE_URL"));
        assertThat(jdbc.getHost()).as("Flyway migrates on the primary").isEqualTo(name + "-rw");
        assertThat(main.getHost()).as("requests write to the primary").isEqualTo(name + "-rw");
        assertThat(replica.getHost()).as("registry and statistics read from the standbys").isEqualTo(name + "-ro");
        for (URI uri : List.of(jdbc, main, replica)) {
            assertThat(uri.getPath()).isEqualTo("/" + database);
            assertThat(uri.getPort()).isEqualTo(5432);
        }
        assertThat(jdbc.getQuery()).contains("sslmode=verify-full", "sslrootcert=/etc/portal/db-ca/ca.crt");
        assertThat(environment).containsEntry("QUARKUS_DATASOURCE_REACTIVE_POSTGRESQL_SSL_MODE", "verify-full")
                .containsEntry("QUARKUS_DATASOURCE__REPLICA__REACTIVE_POSTGRESQL_SSL_MODE", "verify-full");

        JsonNode container = portal(objects).path("spec").path("template").path("spec").path("containers").get(0);
        assertThat(secretOf(container, "QUARKUS_DATASOURCE_USERNAME")).isEqualTo(name + "-app/username");
        assertThat(secretOf(container, "QUARKUS_DATASOURCE_PASSWORD")).isEqualTo(name + "-app/password");
        JsonNode caVolume = volume(portal(objects), "/etc/portal/db-ca");
        assertThat(caVolume.path("secret").path("secretName").asText()).isEqualTo(name + "-ca");
        assertThat(texts(caVolume.path("secret").path("items"), "key")).as("never the CA's private key")
                .containsExactly("ca.crt");
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void theDatabaseAcceptsEveryConnectionThePortalCanOpenAtFullScale(String overlay) {
        List<ObjectNode> objects = RenderedManifests.overlay(overlay);
        Map<String, String> environment = portalEnvironment(objects);
        ConfigCatalog catalog = ConfigCatalog.load();
        int perPod = Integer.parseInt(catalog.prodValue(environment, "quarkus.datasource.reactive.max-size")
                .orElseThrow())
                + Integer.parseInt(catalog.prodValue(environment, "quarkus.datasource.jdbc.max-size").orElseThrow())
                + Integer.parseInt(catalog.prodValue(environment, "quarkus.datasource.\"replica\".reactive.max-size")
                        .orElseThrow());
        int pods = one(objects, "HorizontalPodAutoscaler", "portal").path("spec").path("maxReplicas").asInt()
                + portal(objects).path("spec").path("strategy").path("rollingUpdate").path("maxSurge").asInt();
        int maxConnections = Integer.parseInt(database(objects).path("spec").path("postgresql").path("parameters")
                .path("max_connections").asText());
        assertThat(pods * perPod + DATABASE_RESERVE)
                .as("%d pods x %d pooled connections + %d reserved <= max_connections", pods, perPod, DATABASE_RESERVE)
                .isLessThanOrEqualTo(maxConnections);
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void networkPoliciesLetThePortalReachOnlyTheDatabaseSmtpAndDns(String overlay) {
        List<ObjectNode> objects = RenderedManifests.overlay(overlay);
        JsonNode deployment = portal(objects);
        Map<String, String> podLabels = labels(deployment.path("spec").path("template"));
        String cluster = name(database(objects));
        JsonNode policy = ofKind(objects, "NetworkPolicy").stream()
                .filter(candidate -> podLabels.entrySet()
                        .containsAll(matchLabels(candidate.path("spec").path("podSelector")).entrySet()))
                .filter(candidate -> !matchLabels(candidate.path("spec").path("podSelector")).isEmpty())
                .reduce((a, b) -> {
                    throw new AssertionError("more than one NetworkPolicy selects the portal pods");
                }).orElseThrow(() -> new AssertionError("no NetworkPolicy selects the portal pods"));
        assertThat(texts(policy.path("spec").path("policyTypes"))).containsExactlyInAnyOrder("Ingress", "Egress");

        for (JsonNode rule : policy.path("spec").path("ingress")) {
            assertThat(texts(rule.path("ports"), "port")).as("only the http port is reachable").containsOnly("http");
            assertThat(rule.path("from")).allSatisfy(peer -> assertThat(peer.has("namespaceSelector")
                    && peer.has("podSelector")).as("inbound peers name both namespace and pods").isTrue());
        }
        String smtpPort = portalEnvironment(objects).get("QUARKUS_MAILER_PORT");
        List<String> egress = new ArrayList<>();
        for (JsonNode rule : policy.path("spec").path("egress")) {
            JsonNode peer = onlyElement(rule.path("to"));
            Set<String> ports = new LinkedHashSet<>(texts(rule.path("ports"), "port"));
            if (matchLabels(peer.path("podSelector")).equals(Map.of("cnpg.io/cluster", cluster))
                    && !peer.has("namespaceSelector")) {
                assertThat(ports).containsExactly("5432");
                egress.add("database");
            } else if (peer.has("ipBlock")) {
                assertThat(peer.path("ipBlock").path("cidr").asText()).as("one SMTP relay").endsWith("/32");
                assertThat(ports).containsExactly(smtpPort);
                egress.add("smtp");
            } else {
                assertThat(matchLabels(peer.path("namespaceSelector")))
                        .containsEntry("kubernetes.io/metadata.name", "kube-system");
                assertThat(ports).containsExactly("53");
                assertThat(texts(rule.path("ports"), "protocol")).containsExactlyInAnyOrder("UDP", "TCP");
                egress.add("dns");
            }
        }
        assertThat(egress).containsExactlyInAnyOrder("database", "smtp", "dns");

        JsonNode databasePolicy = ofKind(objects, "NetworkPolicy").stream()
                .filter(candidate -> matchLabels(candidate.path("spec").path("podSelector"))
                        .equals(Map.of("cnpg.io/cluster", cluster)))
                .findFirst().orElseThrow(() -> new AssertionError("no NetworkPolicy protects the database"));
        assertThat(databasePolicy.path("spec").path("ingress")).anySatisfy(rule -> {
            assertThat(texts(rule.path("ports"), "port")).containsExactly("5432");
            assertThat(podLabels).containsAllEntriesOf(matchLabels(rule.path("from").get(0).path("podSelector")));
        });
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everySecretTheManifestsUseIsExplainedInTheRunbook(String overlay) throws IOException {
        String runbook = Files.readString(RenderedManifests.DEPLOY.resolve("README.md"), StandardCharsets.UTF_8);
        Map<String, Set<String>> secrets = new LinkedHashMap<>();
        collectSecretReferences(RenderedManifests.overlay(overlay), secrets);
        assertThat(secrets).containsKeys("portal-jwt", "portal-id-keys", "portal-smtp", "portal-db-app",
                "portal-backup-s3", "portal-tls");
        secrets.forEach((secret, keys) -> {
            assertThat(runbook).as("deploy/README.md names the Secret " + secret).contains("`" + secret + "`");
            keys.forEach(key -> assertThat(runbook).as("deploy/README.md names key " + key + " of " + secret)
                    .contains(key));
        });
    }

    // ---- helpers ----------------------------------------------------------------------------------------------------

    static JsonNode portal(List<ObjectNode> objects) {
        return one(objects, "Deployment", "portal");
    }

    private static JsonNode database(List<ObjectNode> objects) {
        List<ObjectNode> clusters = ofKind(objects, CLUSTER_KIND);
        assertThat(clusters).as("one CloudNativePG Cluster").hasSize(1);
        return clusters.get(0);
    }

    static Map<String, String> portalEnvironment(List<ObjectNode> objects) {
        JsonNode container = portal(objects).path("spec").path("template").path("spec").path("containers").get(0);
        return DeploymentEnvironmentTest.environment(objects, container);
    }

    private static MemorySize memory(ConfigCatalog catalog, Map<String, String> environment, String property) {
        String value = catalog.prodValue(environment, property)
                .orElseThrow(() -> new AssertionError(property + " has no production value"));
        return new MemorySizeConverter().convert(value);
    }

    /** ingress-nginx's proxy-body-size (nginx sizes: k and m are binary multiples). */
    private static long bodyLimit(JsonNode ingress) {
        String size = ingress.path("metadata").path("annotations").path("nginx.ingress.kubernetes.io/proxy-body-size")
                .asText().toLowerCase(Locale.ROOT);
        assertThat(size).as(describe(ingress) + " sets proxy-body-size").matches("[0-9]+[kmg]?");
        long number = Long.parseLong(size.replaceAll("[kmg]", ""));
        return switch (size.charAt(size.length() - 1)) {
            case 'k' -> number * 1024;
            case 'm' -> number * 1024 * 1024;
            case 'g' -> number * 1024 * 1024 * 1024;
            default -> number;
        };
    }

    private static Set<String> hosts(List<ObjectNode> objects) {
        Set<String> hosts = new LinkedHashSet<>();
        ofKind(objects, "Ingress").forEach(ingress -> ingress.path("spec").path("rules")
                .forEach(rule -> hosts.add(rule.path("host").asText())));
        assertThat(hosts).isNotEmpty();
        return hosts;
    }

    /** The Ingress whose path wins for a request: the longest matching Prefix path over all Ingresses of the host. */
    private static JsonNode ingressFor(List<ObjectNode> objects, String host, String requestPath) {
        return route(objects, host, requestPath).map(Route::ingress)
                .orElseThrow(() -> new AssertionError("no Ingress path serves " + host + requestPath));
    }

    private static Optional<String> routeOf(List<ObjectNode> objects, String host, String requestPath) {
        return route(objects, host, requestPath).map(Route::service);
    }

    private record Route(JsonNode ingress, String path, String service) {
    }

    private static Optional<Route> route(List<ObjectNode> objects, String host, String requestPath) {
        List<Route> candidates = new ArrayList<>();
        for (JsonNode ingress : ofKind(objects, "Ingress")) {
            for (JsonNode rule : ingress.path("spec").path("rules")) {
                if (!rule.path("host").asText().equals(host)) {
                    continue;
                }
                for (JsonNode path : rule.path("http").path("paths")) {
                    String prefix = path.path("path").asText();
                    assertThat(path.path("pathType").asText()).isEqualTo("Prefix");
                    boolean matches = prefix.equals("/") || requestPath.equals(prefix)
                            || requestPath.startsWith(prefix.endsWith("/") ? prefix : prefix + "/");
                    if (matches) {
                        candidates.add(new Route(ingress, prefix,
                                path.path("backend").path("service").path("name").asText()));
                    }
                }
            }
        }
        return candidates.stream().max(Comparator.comparingInt(candidate -> candidate.path().length()));
    }

    private static void collectSecretReferences(List<ObjectNode> objects, Map<String, Set<String>> secrets) {
        for (JsonNode object : objects) {
            walk(object, node -> {
                if (node.has("secretKeyRef")) {
                    add(secrets, node.path("secretKeyRef").path("name").asText(),
                            node.path("secretKeyRef").path("key").asText());
                }
                if (node.has("secret") && node.path("secret").has("secretName")) {
                    String secret = node.path("secret").path("secretName").asText();
                    secrets.computeIfAbsent(secret, key -> new LinkedHashSet<>());
                    node.path("secret").path("items").forEach(item -> add(secrets, secret, item.path("key").asText()));
                }
                if (node.has("secretName") && node.has("hosts")) {
                    secrets.computeIfAbsent(node.path("secretName").asText(), key -> new LinkedHashSet<>());
                }
                if (node.has("s3Credentials")) {
                    node.path("s3Credentials").forEach(reference -> add(secrets, reference.path("name").asText(),
                            reference.path("key").asText()));
                }
            });
        }
    }

    private static void add(Map<String, Set<String>> secrets, String secret, String key) {
        secrets.computeIfAbsent(secret, name -> new LinkedHashSet<>()).add(key);
    }

    private interface Visitor {
        void visit(JsonNode node);
    }

    private static void walk(JsonNode node, Visitor visitor) {
        if (node.isObject()) {
            visitor.visit(node);
        }
        node.forEach(child -> walk(child, visitor));
    }

    private static String secretOf(JsonNode container, String variable) {
        for (JsonNode env : container.path("env")) {
            if (env.path("name").asText().equals(variable)) {
                JsonNode reference = env.path("valueFrom").path("secretKeyRef");
                return reference.path("name").asText() + "/" + reference.path("key").asText();
            }
        }
        throw new AssertionError(variable + " is not set from a Secret");
    }

    private static JsonNode volume(JsonNode deployment, String mountPath) {
        JsonNode pod = deployment.path("spec").path("template").path("spec");
        String volumeName = null;
        for (JsonNode mount : pod.path("containers").get(0).path("volumeMounts")) {
            if (mount.path("mountPath").asText().equals(mountPath)) {
                volumeName = mount.path("name").asText();
            }
        }
        assertThat(volumeName).as("a volume is mounted at " + mountPath).isNotNull();
        for (JsonNode volume : pod.path("volumes")) {
            if (volume.path("name").asText().equals(volumeName)) {
                return volume;
            }
        }
        throw new AssertionError("volume " + volumeName + " is not defined");
    }

    static Map<String, String> labels(JsonNode withMetadata) {
        return fields(withMetadata.path("metadata").path("labels"));
    }

    static Map<String, String> matchLabels(JsonNode selector) {
        return fields(selector.path("matchLabels"));
    }

    static Map<String, String> fields(JsonNode map) {
        Map<String, String> fields = new LinkedHashMap<>();
        map.properties().forEach(entry -> fields.put(entry.getKey(), entry.getValue().asText()));
        return fields;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.path(field).asText()));
        return texts;
    }

    private static JsonNode onlyElement(JsonNode array) {
        assertThat(array.size()).as(array.toString()).isEqualTo(1);
        return array.get(0);
    }

    private static long quantity(JsonNode value) {
        return io.kubernetes.client.custom.Quantity.fromString(value.asText()).getNumber().longValue();
    }

    @Test
    void nginxBodySizesAreBinaryMultiples() throws IOException {
        ObjectNode ingress = (ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                "{\"kind\":\"Ingress\",\"metadata\":{\"name\":\"x\",\"annotations\":"
                        + "{\"nginx.ingress.kubernetes.io/proxy-body-size\":\"51m\"}}}");
        assertThat(bodyLimit(ingress)).isEqualTo(51L * 1024 * 1024);
        ((ObjectNode) ingress.path("metadata").path("annotations")).put("nginx.ingress.kubernetes.io/proxy-body-size",
                "4096m");
        assertThat(bodyLimit(ingress)).isEqualTo(new MemorySizeConverter().convert("4G").asLongValue());
    }
}
