package org.zhongben.portal.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.ConfigMappings;
import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/**
 * Every configuration property the portal reads, with the environment variable name SmallRye Config maps to it:
 * Quarkus' own properties from the configuration model each extension ships
 * ({@code META-INF/quarkus-config-doc/quarkus-config-model.json}, with its phase: only run-time properties can be set
 * by a container's environment), the portal's {@code @ConfigMapping} interfaces and {@code @ConfigProperty}
 * injections (read from the compiled classes), and the properties that {@code application.properties} itself uses in
 * {@code ${...}} expressions.
 */
final class ConfigCatalog {

    /** Where a known property comes from, and whether setting it at run time has any effect. */
    enum Phase {
        RUN_TIME,
        BUILD_TIME,
        BUILD_AND_RUN_TIME_FIXED,
        APPLICATION
    }

    /**
     * A property name as its source declares it; a quoted segment ({@code quarkus.datasource."name".jdbc.url}) or a
     * {@code *} stands for a map key.
     */
    record Known(String property, Phase phase, Optional<String> defaultValue, String source) {

        boolean settableAtRunTime() {
            return phase == Phase.RUN_TIME || phase == Phase.APPLICATION;
        }

        /** The property an environment variable sets, if it is one of this pattern's names. */
        Optional<String> propertyFor(String envName) {
            Matcher matcher = envPattern().matcher(envName);
            if (!matcher.matches()) {
                return Optional.empty();
            }
            String concrete = property;
            for (int group = 1; group <= matcher.groupCount(); group++) {
                String key = matcher.group(group).toLowerCase(Locale.ROOT);
                concrete = MAP_KEY.matcher(concrete).replaceFirst(Matcher.quoteReplacement("\"" + key + "\""));
            }
            return Optional.of(concrete);
        }

        private Pattern envPattern() {
            StringBuilder regex = new StringBuilder();
            Matcher keys = MAP_KEY.matcher(property);
            int last = 0;
            while (keys.find()) {
                regex.append(Pattern.quote(envName(property.substring(last, keys.start()))));
                // the quotes of a quoted key turn into underscores as well; the key itself is upper case
                regex.append(keys.group().startsWith("\"") ? "_([A-Z0-9_]+?)_" : "([A-Z0-9_]+?)");
                last = keys.end();
            }
            regex.append(Pattern.quote(envName(property.substring(last))));
            return Pattern.compile(regex.toString());
        }
    }

    private static final Pattern MAP_KEY = Pattern.compile("\"[^\"]*\"|\\*");
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^:}]+)");
    private static final String BASE = "org.zhongben.portal";

    private final List<Known> known;

    private ConfigCatalog(List<Known> known) {
        this.known = List.copyOf(known);
    }

    /** Reading the class files and the models takes seconds, and they do not change during a test run. */
    private static final class Loaded {
        static final ConfigCatalog INSTANCE = create();
    }

    static ConfigCatalog load() {
        return Loaded.INSTANCE;
    }

    private static ConfigCatalog create() {
        List<Known> known = new ArrayList<>();
        known.addAll(quarkusProperties());
        known.addAll(applicationProperties());
        return new ConfigCatalog(known);
    }

    List<Known> known() {
        return known;
    }

    /** SmallRye Config's environment name of a property: every non-alphanumeric character becomes '_', upper case. */
    static String envName(String property) {
        StringBuilder name = new StringBuilder(property.length());
        for (char c : property.toCharArray()) {
            name.append(Character.isLetterOrDigit(c) && c < 128 ? Character.toUpperCase(c) : '_');
        }
        return name.toString();
    }

    /** Every known property the variable names, most specific (fewest map keys) first. */
    List<Match> matches(String envName) {
        List<Match> matches = new ArrayList<>();
        for (Known candidate : known) {
            candidate.propertyFor(envName).ifPresent(property -> matches.add(new Match(envName, property, candidate)));
        }
        matches.sort((a, b) -> Long.compare(a.known.property().chars().filter(c -> c == '"' || c == '*').count(),
                b.known.property().chars().filter(c -> c == '"' || c == '*').count()));
        return matches;
    }

    record Match(String envName, String property, Known known) {
    }

    /**
     * The configuration the packaged portal would see in production with the given environment: application.properties
     * (prod profile) under the environment, resolved by SmallRye Config itself.
     */
    static SmallRyeConfig prod(Map<String, String> environment) {
        URL properties = Thread.currentThread().getContextClassLoader().getResource("application.properties");
        try {
            return new SmallRyeConfigBuilder().withProfile("prod").addDefaultInterceptors()
                    .withSources(new PropertiesConfigSource(properties, 250))
                    .withSources(new EnvConfigSource(environment, 300)).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A property's production value: the environment, then application.properties, then Quarkus' default. */
    Optional<String> prodValue(Map<String, String> environment, String property) {
        Optional<String> configured = prod(environment).getOptionalValue(property, String.class);
        if (configured.isPresent()) {
            return configured;
        }
        return known.stream().filter(candidate -> candidate.property().equals(property)).findFirst()
                .flatMap(Known::defaultValue);
    }

    private static List<Known> quarkusProperties() {
        ObjectMapper json = new ObjectMapper();
        List<Known> known = new ArrayList<>();
        try {
            Enumeration<URL> models = Thread.currentThread().getContextClassLoader()
                    .getResources("META-INF/quarkus-config-doc/quarkus-config-model.json");
            for (URL model : Collections.list(models)) {
                try (InputStream in = model.openStream()) {
                    JsonNode root = json.readTree(in);
                    for (JsonNode configRoot : root.path("configRoots")) {
                        collect(configRoot.path("items"), model.toString(), known);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (known.isEmpty()) {
            throw new AssertionError("no Quarkus configuration model on the class path");
        }
        return known;
    }

    private static void collect(JsonNode items, String source, List<Known> known) {
        for (JsonNode item : items) {
            collect(item.path("items"), source, known);
            if (!item.path("@class").asText().endsWith(".ConfigProperty")) {
                continue;
            }
            Phase phase = Phase.valueOf(item.path("phase").asText());
            Optional<String> defaultValue = item.hasNonNull("defaultValue")
                    ? Optional.of(item.get("defaultValue").asText())
                    : Optional.empty();
            known.add(new Known(item.path("path").path("property").asText(), phase, defaultValue, source));
            for (JsonNode additional : item.path("additionalPaths")) {
                known.add(new Known(additional.path("property").asText(), phase, defaultValue, source));
            }
        }
    }

    /** The portal's own properties: mapping interfaces, injected properties, and those used in expressions. */
    private static List<Known> applicationProperties() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(BASE);
        Set<String> names = new LinkedHashSet<>();
        for (JavaClass type : classes) {
            if (type.isAnnotatedWith(ConfigMapping.class)) {
                names.addAll(ConfigMappings.getProperties(ConfigMappings.ConfigClass.configClass(type.reflect()))
                        .keySet());
            }
            type.getFields().forEach(field -> injected(field.getAnnotations(), names));
            type.getCodeUnits().forEach(unit -> unit.getParameters()
                    .forEach(parameter -> injected(parameter.getAnnotations(), names)));
        }
        Properties properties = new Properties();
        try (InputStream in = Thread.currentThread().getContextClassLoader()
                .getResourceAsStream("application.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String value : properties.stringPropertyNames().stream().map(properties::getProperty).toList()) {
            Matcher expression = EXPRESSION.matcher(value);
            while (expression.find()) {
                names.add(expression.group(1));
            }
        }
        return names.stream().map(name -> new Known(name, Phase.APPLICATION, Optional.empty(), "portal")).toList();
    }

    private static void injected(Set<? extends JavaAnnotation<?>> annotations, Set<String> names) {
        annotations.stream().filter(annotation -> annotation.getRawType().isEquivalentTo(ConfigProperty.class))
                .forEach(annotation -> names.add(String.valueOf(annotation.get("name").orElseThrow())));
    }
}
