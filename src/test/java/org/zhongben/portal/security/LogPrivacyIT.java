package org.zhongben.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.zhongben.portal.casefile.ResidentIdNumber;

/**
 * Runs after the whole test suite (failsafe) and reads everything the portal logged during it
 * ({@code target/quarkus-test.log*}): no full resident ID number, query code, session or court token, or password
 * the tests used may appear. The suite signs in, registers, resets passwords, stores thousands of case files with ID
 * numbers and hits every error path, so a leak anywhere shows up here.
 */
class LogPrivacyIT {

    private static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9A-Za-z])\\d{17}[0-9Xx](?![0-9A-Za-z])");
    /** Issued query codes (the demo's published DEMO-… codes cannot match: O is not in the alphabet). */
    private static final Pattern QUERY_CODE = Pattern
            .compile("(?<![0-9A-Z-])[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}(?![0-9A-Z-])");
    private static final Pattern TOKEN = Pattern.compile("eyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}");
    private static final List<String> PASSWORDS = List.of("a sentence long enough", "a-long-password",
            "a long enough sentence");

    @Test
    void theSuitesLogHoldsNoIdNumberCodeTokenOrPassword() throws IOException {
        List<Path> logs;
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            logs = files.filter(file -> file.getFileName().toString().startsWith("quarkus-test.log")).toList();
        }
        assertThat(logs).as("the suite wrote its log to target/quarkus-test.log").isNotEmpty();
        List<String> leaks = new ArrayList<>();
        long lines = 0;
        for (Path log : logs) {
            try (Stream<String> content = Files.lines(log, StandardCharsets.UTF_8)) {
                for (String line : (Iterable<String>) content::iterator) {
                    lines++;
                    Matcher id = ID_NUMBER.matcher(line);
                    while (id.find()) {
                        if (ResidentIdNumber.isValid(id.group().toUpperCase(java.util.Locale.ROOT))) {
                            leaks.add("ID number: " + line);
                        }
                    }
                    if (QUERY_CODE.matcher(line).find()) {
                        leaks.add("query code: " + line);
                    }
                    if (TOKEN.matcher(line).find()) {
                        leaks.add("token: " + line);
                    }
                    for (String password : PASSWORDS) {
                        if (line.contains(password)) {
                            leaks.add("password: " + line);
                        }
                    }
                }
            }
        }
        assertThat(lines).as("lines logged by the suite").isGreaterThan(200);
        assertThat(leaks).as("personal data or secrets in the log").isEmpty();
    }
}
