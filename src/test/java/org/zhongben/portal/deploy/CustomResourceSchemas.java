package org.zhongben.portal.deploy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import io.kubernetes.client.custom.Quantity;

/**
 * The fields the manifests use of the custom resources that no Maven Central artifact describes: CloudNativePG's
 * {@code Cluster} and {@code ScheduledBackup} (postgresql.cnpg.io/v1), the Barman Cloud plugin's {@code ObjectStore}
 * (barmancloud.cnpg.io/v1), and the Prometheus Operator's {@code PodMonitor} and {@code PrometheusRule}
 * (monitoring.coreos.com/v1). Written from their API references (types, enumerations and patterns as published), and
 * deliberately closed: a field not listed here fails, so a typo or a field of another version cannot slip through.
 * A field the manifests start to use must be added here, checked against the project's API reference.
 */
final class CustomResourceSchemas {

    interface Schema {
        void check(JsonNode value, String path, List<String> problems);
    }

    private CustomResourceSchemas() {
    }

    static List<String> validate(JsonNode object) {
        String type = object.path("apiVersion").asText() + "/" + object.path("kind").asText();
        Schema schema = BY_TYPE.get(type);
        List<String> problems = new ArrayList<>();
        if (schema == null) {
            problems.add(type + " is not a kind these manifests may use");
        } else {
            schema.check(object, RenderedManifests.describe(object), problems);
        }
        return problems;
    }

    static Set<String> types() {
        return BY_TYPE.keySet();
    }

    // ---- building blocks ------------------------------------------------------------------------------------------

    static Schema string() {
        return (value, path, problems) -> {
            if (!value.isTextual()) {
                problems.add(path + ": expected a string, found " + value.getNodeType());
            }
        };
    }

    static Schema matching(String regex) {
        Pattern pattern = Pattern.compile(regex);
        return (value, path, problems) -> {
            if (!value.isTextual() || !pattern.matcher(value.asText()).matches()) {
                problems.add(path + ": " + value + " does not match " + regex);
            }
        };
    }

    static Schema oneOf(String... allowed) {
        List<String> values = List.of(allowed);
        return (value, path, problems) -> {
            if (!value.isTextual() || !values.contains(value.asText())) {
                problems.add(path + ": " + value + " is none of " + values);
            }
        };
    }

    static Schema integer(int minimum) {
        return (value, path, problems) -> {
            if (!value.isIntegralNumber() || value.asLong() < minimum) {
                problems.add(path + ": expected an integer >= " + minimum + ", found " + value);
            }
        };
    }

    static Schema bool() {
        return (value, path, problems) -> {
            if (!value.isBoolean()) {
                problems.add(path + ": expected true or false, found " + value);
            }
        };
    }

    static Schema quantity() {
        return (value, path, problems) -> {
            try {
                Quantity.fromString(value.asText());
                if (!value.isTextual() && !value.isNumber()) {
                    problems.add(path + ": expected a quantity, found " + value.getNodeType());
                }
            } catch (RuntimeException e) {
                problems.add(path + ": " + value + " is not a Kubernetes quantity (" + e.getMessage() + ")");
            }
        };
    }

    static Schema mapOf(Schema values) {
        return (value, path, problems) -> {
            if (!value.isObject()) {
                problems.add(path + ": expected a map, found " + value.getNodeType());
                return;
            }
            value.properties().forEach(entry -> values.check(entry.getValue(), path + "." + entry.getKey(), problems));
        };
    }

    static Schema listOf(Schema items) {
        return (value, path, problems) -> {
            if (!value.isArray() || value.isEmpty()) {
                problems.add(path + ": expected a non-empty list, found " + value);
                return;
            }
            for (int i = 0; i < value.size(); i++) {
                items.check(value.get(i), path + "[" + i + "]", problems);
            }
        };
    }

    /** An object with exactly these optional fields; names ending in '!' are required. */
    static Schema object(Object... fieldsAndSchemas) {
        Map<String, Schema> fields = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        for (int i = 0; i < fieldsAndSchemas.length; i += 2) {
            String name = (String) fieldsAndSchemas[i];
            if (name.endsWith("!")) {
                name = name.substring(0, name.length() - 1);
                required.add(name);
            }
            fields.put(name, (Schema) fieldsAndSchemas[i + 1]);
        }
        return (value, path, problems) -> {
            if (!value.isObject()) {
                problems.add(path + ": expected an object, found " + value.getNodeType());
                return;
            }
            for (String name : required) {
                if (!value.has(name)) {
                    problems.add(path + ": required field " + name + " is missing");
                }
            }
            for (Map.Entry<String, JsonNode> field : value.properties()) {
                Schema schema = fields.get(field.getKey());
                if (schema == null) {
                    problems.add(path + ": unknown field " + field.getKey() + " (known: " + fields.keySet() + ")");
                } else {
                    schema.check(field.getValue(), path + "." + field.getKey(), problems);
                }
            }
        };
    }

    // ---- shared pieces --------------------------------------------------------------------------------------------

    private static final Schema METADATA = object("name!", matching("[a-z0-9]([-a-z0-9]*[a-z0-9])?"), "namespace",
            string(), "labels", mapOf(string()), "annotations", mapOf(string()));

    private static final Schema SECRET_KEY = object("name!", string(), "key!", string());

    private static final Schema LABEL_SELECTOR = object("matchLabels", mapOf(string()));

    private static final Schema RESOURCES = object("requests", mapOf(quantity()), "limits", mapOf(quantity()));

    /** Prometheus durations as the operator's CRDs accept them, e.g. 30s, 5m, 1h30m. */
    private static final Schema DURATION = matching("(0|(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?"
            + "(([0-9]+)s)?(([0-9]+)ms)?)");

    private static final String BARMAN_PLUGIN = "barman-cloud.cloudnative-pg.io";

    // ---- the kinds --------------------------------------------------------------------------------------------------

    /** CloudNativePG Cluster (postgresql.cnpg.io/v1), the fields used here. */
    static final Schema CLUSTER = object("apiVersion!", string(), "kind!", string(), "metadata!", METADATA, "spec!",
            object("instances!", integer(1), "imageName", string(),
                    "primaryUpdateStrategy", oneOf("unsupervised", "supervised"),
                    "bootstrap", object("initdb", object("database!", string(), "owner!", string(),
                            "encoding", string(), "localeCollate", string(), "localeCType", string())),
                    "postgresql", object("parameters", mapOf(string()),
                            "synchronous", object("method!", oneOf("any", "first"), "number!", integer(1),
                                    "dataDurability", oneOf("required", "preferred"))),
                    "storage!", object("size!", quantity(), "storageClass", string()),
                    "walStorage", object("size!", quantity(), "storageClass", string()),
                    "resources", RESOURCES,
                    "affinity", object("enablePodAntiAffinity", bool(),
                            "podAntiAffinityType", oneOf("preferred", "required"), "topologyKey", string()),
                    "plugins", listOf(object("name!", string(), "enabled", bool(), "isWALArchiver", bool(),
                            "parameters", mapOf(string())))));

    /** CloudNativePG ScheduledBackup: a six-field cron (seconds first). */
    static final Schema SCHEDULED_BACKUP = object("apiVersion!", string(), "kind!", string(), "metadata!", METADATA,
            "spec!", object("schedule!", matching("\\S+( \\S+){5}"), "immediate", bool(),
                    "backupOwnerReference", oneOf("none", "self", "cluster"),
                    "cluster!", object("name!", string()),
                    "method", oneOf("barmanObjectStore", "volumeSnapshot", "plugin"),
                    "pluginConfiguration", object("name!", string(), "parameters", mapOf(string()))));

    /** Barman Cloud plugin ObjectStore: spec.configuration is CloudNativePG's barmanObjectStore configuration. */
    static final Schema OBJECT_STORE = object("apiVersion!", string(), "kind!", string(), "metadata!", METADATA,
            "spec!", object("retentionPolicy", matching("[1-9][0-9]*[dwm]"),
                    "configuration!", object("destinationPath!", matching("(s3|gs)://.+|https://.+"),
                            "endpointURL", matching("https?://.+"),
                            "s3Credentials", object("accessKeyId", SECRET_KEY, "secretAccessKey", SECRET_KEY,
                                    "region", SECRET_KEY, "sessionToken", SECRET_KEY),
                            "wal", object("compression", oneOf("bzip2", "gzip", "lz4", "snappy", "xz", "zstd"),
                                    "maxParallel", integer(1)),
                            "data", object("compression", oneOf("bzip2", "gzip", "lz4", "snappy", "xz", "zstd"),
                                    "jobs", integer(1)))));

    static final Schema POD_MONITOR = object("apiVersion!", string(), "kind!", string(), "metadata!", METADATA,
            "spec!", object("selector!", LABEL_SELECTOR,
                    "podMetricsEndpoints!", listOf(object("port", string(), "path", matching("/.*"),
                            "interval", DURATION))));

    static final Schema PROMETHEUS_RULE = object("apiVersion!", string(), "kind!", string(), "metadata!", METADATA,
            "spec!", object("groups!", listOf(object("name!", string(), "rules!", listOf(object("alert!", string(),
                    "expr!", string(), "for", DURATION, "labels", mapOf(string()), "annotations",
                    mapOf(string())))))));

    private static final Map<String, Schema> BY_TYPE = Map.of(
            "postgresql.cnpg.io/v1/Cluster", CLUSTER,
            "postgresql.cnpg.io/v1/ScheduledBackup", SCHEDULED_BACKUP,
            "barmancloud.cnpg.io/v1/ObjectStore", OBJECT_STORE,
            "monitoring.coreos.com/v1/PodMonitor", POD_MONITOR,
            "monitoring.coreos.com/v1/PrometheusRule", PROMETHEUS_RULE);

    static String barmanPlugin() {
        return BARMAN_PLUGIN;
    }
}
