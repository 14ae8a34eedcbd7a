package org.zhongben.portal.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The objects of {@code deploy/overlays/<name>} exactly as {@code kubectl apply -k} would send them: rendered by
 * Kustomize itself ({@code kubectl kustomize}, or a standalone {@code kustomize build}), never by an imitation.
 * Machines of this project's kind have {@code /usr/bin/kubectl} with Kustomize built in; without either program the
 * tests fail and say so, rather than pass without having looked.
 */
final class RenderedManifests {

    static final Path DEPLOY = Path.of("deploy");
    static final Path DOCKERFILE = Path.of("src/main/docker/Dockerfile.jvm");

    /** The overlays that exist, each one a deployable environment. */
    static final List<String> OVERLAYS = List.of("staging", "prod");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Map<String, List<ObjectNode>> RENDERED = new ConcurrentHashMap<>();

    private RenderedManifests() {
    }

    /** The rendered objects of one overlay, in Kustomize's output order. */
    static List<ObjectNode> overlay(String name) {
        return RENDERED.computeIfAbsent(name, overlay -> parse(render(DEPLOY.resolve("overlays").resolve(overlay))));
    }

    static List<ObjectNode> ofKind(List<ObjectNode> objects, String kind) {
        return objects.stream().filter(object -> kind.equals(object.path("kind").asText())).toList();
    }

    static Optional<ObjectNode> find(List<ObjectNode> objects, String kind, String name) {
        return ofKind(objects, kind).stream().filter(object -> name.equals(object.path("metadata").path("name").asText()))
                .findFirst();
    }

    static ObjectNode one(List<ObjectNode> objects, String kind, String name) {
        return find(objects, kind, name)
                .orElseThrow(() -> new AssertionError("the rendered manifests have no " + kind + " " + name));
    }

    static String name(JsonNode object) {
        return object.path("metadata").path("name").asText();
    }

    static String describe(JsonNode object) {
        return object.path("kind").asText() + " " + name(object);
    }

    static String render(Path kustomization) {
        List<String> command = renderer()
                .orElseThrow(() -> new AssertionError("Rendering " + kustomization + " needs Kustomize: kubectl (which "
                        + "has it built in, /usr/bin/kubectl on this project's machines) or kustomize on the PATH"));
        List<String> full = new ArrayList<>(command);
        full.add(kustomization.toString());
        try {
            Path output = Files.createTempFile("kustomize-", ".yaml");
            try {
                Process process = new ProcessBuilder(full).redirectOutput(output.toFile())
                        .redirectError(ProcessBuilder.Redirect.PIPE).start();
                String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!process.waitFor(2, TimeUnit.MINUTES)) {
                    process.destroyForcibly();
                    throw new AssertionError(String.join(" ", full) + " did not finish in 2 minutes");
                }
                if (process.exitValue() != 0) {
                    throw new AssertionError(String.join(" ", full) + " failed: " + errors);
                }
                return Files.readString(output, StandardCharsets.UTF_8);
            } finally {
                Files.deleteIfExists(output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while rendering " + kustomization, e);
        }
    }

    /** {@code kubectl kustomize} if kubectl is on the PATH, else {@code kustomize build}. */
    static Optional<List<String>> renderer() {
        Optional<Path> kubectl = onPath("kubectl");
        if (kubectl.isPresent()) {
            return Optional.of(List.of(kubectl.get().toString(), "kustomize"));
        }
        return onPath("kustomize").map(kustomize -> List.of(kustomize.toString(), "build"));
    }

    private static Optional<Path> onPath(String program) {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(path.split(java.io.File.pathSeparator)).filter(entry -> !entry.isBlank())
                .map(entry -> Path.of(entry, program)).filter(Files::isExecutable).findFirst();
    }

    static List<ObjectNode> parse(String yaml) {
        try {
            List<ObjectNode> objects = new ArrayList<>();
            for (JsonNode document : YAML.readerFor(JsonNode.class).readValues(yaml).readAll().stream()
                    .map(JsonNode.class::cast).toList()) {
                if (document instanceof ObjectNode object && !object.isEmpty()) {
                    objects.add(object);
                }
            }
            return objects;
        } catch (IOException e) {
            throw new UncheckedIOException("Kustomize printed something that is not YAML", e);
        }
    }

    static JsonNode readYaml(Path file) {
        try {
            return YAML.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
