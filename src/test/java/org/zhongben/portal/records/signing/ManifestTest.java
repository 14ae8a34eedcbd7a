package org.zhongben.portal.records.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ManifestTest {

    static final String SHA_A = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    static final String SHA_B = "60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752";

    static Manifest sample() {
        return new Manifest("bundle-7f3a", "(2024)京0105执1234号",
                OffsetDateTime.of(2026, 11, 28, 9, 30, 5, 0, ZoneOffset.ofHours(8)), "张律师(代理律师)", "portal-2026",
                List.of(new Manifest.Entry("case.pdf", 1024, SHA_A),
                        new Manifest.Entry("evidence/银行流水.pdf", 52_000_000_000L, SHA_B)));
    }

    @Test
    void theJsonIsCanonical() {
        assertThat(new String(sample().toJson(), StandardCharsets.UTF_8)).isEqualTo("""
                {
                  "bundleId": "bundle-7f3a",
                  "caseNumber": "(2024)京0105执1234号",
                  "issuedAt": "2026-11-28T09:30:05+08:00",
                  "issuedTo": "张律师(代理律师)",
                  "keyId": "portal-2026",
                  "files": [
                    {
                      "path": "case.pdf",
                      "size": 1024,
                      "sha256": "%s"
                    },
                    {
                      "path": "evidence/银行流水.pdf",
                      "size": 52000000000,
                      "sha256": "%s"
                    }
                  ]
                }
                """.formatted(SHA_A, SHA_B));
    }

    @Test
    void theSameManifestAlwaysGivesTheSameBytes() {
        assertThat(sample().toJson()).isEqualTo(sample().toJson());
        Manifest manifest = sample();
        assertThat(manifest.toJson()).isEqualTo(manifest.toJson());
        assertThat(Manifest.parse(manifest.toJson()).toJson()).isEqualTo(manifest.toJson());
    }

    @Test
    void textIsRawUtf8() {
        byte[] json = sample().toJson();

        assertThat(new String(json, StandardCharsets.UTF_8)).contains("张律师(代理律师)").doesNotContain("\\u");
        assertThat(json).containsSequence("张律师".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aManifestReadsBackAsItWasWritten() {
        Manifest manifest = sample();

        assertThat(Manifest.parse(manifest.toJson())).isEqualTo(manifest);
    }

    @Test
    void anEmptyBundleAndFractionalSecondsRoundTrip() {
        Manifest manifest = new Manifest("b", "c", OffsetDateTime.of(2026, 1, 2, 3, 4, 5, 120_000_000,
                ZoneOffset.UTC), "公众", "k", List.of());

        assertThat(new String(manifest.toJson(), StandardCharsets.UTF_8)).contains("\"issuedAt\": \"2026-01-02T03:04:05.12Z\"")
                .contains("\"files\": []");
        assertThat(Manifest.parse(manifest.toJson())).isEqualTo(manifest);
    }

    @Test
    void anyWhitespaceLayoutIsRead() {
        String compact = "{\"bundleId\":\"bundle-7f3a\",\"caseNumber\":\"(2024)京0105执1234号\",\"issuedAt\":"
                + "\"2026-11-28T09:30:05+08:00\",\"issuedTo\":\"张律师(代理律师)\",\"keyId\":\"portal-2026\",\"files\":["
                + "{\"path\":\"case.pdf\",\"size\":1024,\"sha256\":\"" + SHA_A + "\"},\r\n\t {\"sha256\":\"" + SHA_B
                + "\",\"size\":52000000000,\"path\":\"evidence/银行流水.pdf\"}]}  \n\n";

        assertThat(Manifest.parse(compact.getBytes(StandardCharsets.UTF_8))).isEqualTo(sample());
    }

    @Test
    void theFilesListCannotBeChangedAfterwards() {
        assertThatThrownBy(() -> sample().files().add(new Manifest.Entry("x", 1, SHA_A)))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "not JSON             | {bundleId                                      | not well-formed JSON",
            "empty                | ''                                             | must be a JSON object",
            "an array             | []                                             | must be a JSON object",
            "trailing content     | {} {}                                          | not well-formed JSON",
            "a missing field      | {\"bundleId\":\"b\"}                           | is missing",
            "an unknown field     | {\"bundleId\":\"b\",\"extra\":1}               | unknown field: extra",
            "a repeated field     | {\"bundleId\":\"b\",\"bundleId\":\"c\"}        | Duplicate field",
            "a number for a text  | §\"bundleId\":1                                | bundleId must be a string",
            "a time without zone  | §\"issuedAt\":\"2026-11-28T09:30:05\"          | ISO-8601",
            "a null field         | §\"keyId\":null                                | keyId is missing",
            "a blank field        | §\"issuedTo\":\" \"                            | issuedTo must not be blank",
            "files not an array   | §\"files\":{}                                  | files must be an array",
            "a file not an object | §\"files\":[1]                                 | files[0] must be a JSON object",
            "a fractional size    | §\"files\":[{\"path\":\"a\",\"size\":1.5,\"sha256\":\"%A\"}]  | size must be a whole number",
            "a huge size          | §\"files\":[{\"path\":\"a\",\"size\":1e400,\"sha256\":\"%A\"}] | size must be a whole number",
            "a negative size      | §\"files\":[{\"path\":\"a\",\"size\":-1,\"sha256\":\"%A\"}]   | size must not be negative",
            "an upper-case hash   | §\"files\":[{\"path\":\"a\",\"size\":1,\"sha256\":\"%U\"}]    | sha256 must be",
            "a short hash         | §\"files\":[{\"path\":\"a\",\"size\":1,\"sha256\":\"abc\"}]   | sha256 must be",
            "an absolute path     | §\"files\":[{\"path\":\"/etc/x\",\"size\":1,\"sha256\":\"%A\"}] | relative",
            "a parent path        | §\"files\":[{\"path\":\"a/../../x\",\"size\":1,\"sha256\":\"%A\"}] | relative",
            "a backslash path     | §\"files\":[{\"path\":\"a\\\\b\",\"size\":1,\"sha256\":\"%A\"}] | relative",
            "a repeated path      | §\"files\":[{\"path\":\"a\",\"size\":1,\"sha256\":\"%A\"},{\"path\":\"a\",\"size\":2,\"sha256\":\"%A\"}] | listed twice",
            "an unknown file key  | §\"files\":[{\"path\":\"a\",\"size\":1,\"sha256\":\"%A\",\"mime\":\"x\"}] | unknown field: mime" })
    void malformedInputIsRefusedWithAReason(String what, String json, String reason) {
        byte[] bytes = expand(json).getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> Manifest.parse(bytes)).as(what).isInstanceOf(MalformedManifestException.class)
                .hasMessageContaining(reason);
    }

    @Test
    void missingBytesAreRefused() {
        assertThatThrownBy(() -> Manifest.parse(null)).isInstanceOf(MalformedManifestException.class);
        assertThatThrownBy(() -> Manifest.parse(new byte[] { (byte) 0xff, (byte) 0xfe, 0 }))
                .isInstanceOf(MalformedManifestException.class);
    }

    /** {@code §"field":value} is the sample with that field replaced; %A and %U are a valid and an upper-case hash. */
    private static String expand(String json) {
        String expanded = json;
        if (json.startsWith("§")) {
            String replacement = json.substring(1);
            String field = replacement.substring(0, replacement.indexOf(':'));
            String sample = new String(sample().toJson(), StandardCharsets.UTF_8);
            int start = sample.indexOf(field);
            int end = field.equals("\"files\"") ? sample.lastIndexOf(']') + 1 : sample.indexOf('\n', start) - 1;
            expanded = sample.substring(0, start) + replacement + sample.substring(end);
        }
        return expanded.replace("%A", SHA_A).replace("%U", SHA_A.toUpperCase(Locale.ROOT));
    }
}
