package org.zhongben.portal.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@code src/main/docker/Dockerfile.jvm} gives the container: its ENV defaults, the variables its ENTRYPOINT
 * reads, its HEALTHCHECK request. Read from the file itself, so the tests follow the image as it is written.
 */
final class ImageDefinition {

    private static final Pattern ENV_PAIR = Pattern.compile("([A-Z_][A-Z0-9_]*)=(\"[^\"]*\"|\\S*)");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{?([A-Z_][A-Z0-9_]*)");

    /**
     * Variables read by the JVM itself rather than by the portal's configuration: LANG sets the JVM's default locale
     * and the encoding of file names (sun.jnu.encoding).
     */
    static final Set<String> READ_BY_THE_JVM = Set.of("LANG");

    private ImageDefinition() {
    }

    /** The Dockerfile's instructions, with continuation lines joined and comments dropped. */
    static List<String> instructions() {
        List<String> instructions = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : lines()) {
            String trimmed = line.strip();
            if (trimmed.startsWith("#") || trimmed.isEmpty()) {
                continue;
            }
            if (trimmed.endsWith("\\")) {
                current.append(trimmed, 0, trimmed.length() - 1).append(' ');
            } else {
                current.append(trimmed);
                instructions.add(current.toString());
                current.setLength(0);
            }
        }
        return instructions;
    }

    /** ENV defaults of the image. */
    static Map<String, String> environment() {
        Map<String, String> environment = new LinkedHashMap<>();
        for (String instruction : instructions()) {
            if (instruction.startsWith("ENV ")) {
                Matcher pair = ENV_PAIR.matcher(instruction.substring(4));
                while (pair.find()) {
                    String value = pair.group(2);
                    if (value.startsWith("\"")) {
                        value = value.substring(1, value.length() - 1);
                    }
                    environment.put(pair.group(1), value);
                }
            }
        }
        return environment;
    }

    /** Variables the ENTRYPOINT's shell expands: read by the image, not by the portal's configuration. */
    static Set<String> entrypointVariables() {
        Set<String> variables = new LinkedHashSet<>();
        instructions().stream().filter(instruction -> instruction.startsWith("ENTRYPOINT ")).forEach(instruction -> {
            Matcher variable = VARIABLE.matcher(instruction);
            while (variable.find()) {
                variables.add(variable.group(1));
            }
        });
        return variables;
    }

    /** The request path of the HEALTHCHECK. */
    static String healthcheckPath() {
        String healthcheck = instructions().stream().filter(instruction -> instruction.startsWith("HEALTHCHECK "))
                .findFirst().orElseThrow(() -> new AssertionError("the image has no HEALTHCHECK"));
        Matcher request = Pattern.compile("GET (/\\S*) HTTP/").matcher(healthcheck);
        if (!request.find()) {
            throw new AssertionError("HEALTHCHECK sends no GET request: " + healthcheck);
        }
        return request.group(1);
    }

    /** A -D system property the JVM gets from JAVA_OPTS and JAVA_OPTS_APPEND (the later one wins). */
    static Optional<String> systemProperty(Map<String, String> environment, String name) {
        Optional<String> value = Optional.empty();
        for (String variable : List.of("JAVA_OPTS", "JAVA_OPTS_APPEND")) {
            for (String option : environment.getOrDefault(variable, "").split("\\s+")) {
                if (option.startsWith("-D" + name + "=")) {
                    value = Optional.of(option.substring(name.length() + 3));
                }
            }
        }
        return value;
    }

    private static List<String> lines() {
        try {
            return Files.readAllLines(RenderedManifests.DOCKERFILE, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
