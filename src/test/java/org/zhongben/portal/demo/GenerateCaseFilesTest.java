package org.zhongben.portal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhongben.portal.casefile.CaseFile;

class GenerateCaseFilesTest {

    private final ByteArrayOutputStream errors = new ByteArrayOutputStream();
    private final PrintStream stderr = new PrintStream(errors, true, StandardCharsets.UTF_8);

    @Test
    void writes_the_requested_files_in_index_order_to_a_file(@TempDir Path directory) throws IOException {
        Path out = directory.resolve("cases.ndjson");
        int status = GenerateCaseFiles.run(new String[] { "--seed", "5", "--count", "1100", "--from", "10", "--today",
                "2025-06-30", "--out", out.toString(), "--threads", "2" }, new ByteArrayOutputStream(), stderr);

        assertThat(status).isZero();
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        List<CaseFile> expected = new CaseFileGenerator(5, LocalDate.of(2025, 6, 30)).stream(10, 1100).toList();
        assertThat(lines).hasSize(1100);
        assertThat(lines.stream().map(CaseFileNdjson::fromLine).toList()).isEqualTo(expected);
        assertThat(errors.toString(StandardCharsets.UTF_8)).contains("wrote 1100 case files");
    }

    @Test
    void writes_to_standard_output_by_default() {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        int status = GenerateCaseFiles.run(new String[] { "--count", "3", "--today", "2024-01-31" }, stdout, stderr);
        assertThat(status).isZero();
        assertThat(stdout.toString(StandardCharsets.UTF_8)).hasLineCount(3);
    }

    @Test
    void a_count_of_zero_writes_nothing() {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        assertThat(GenerateCaseFiles.run(new String[] { "--count", "0" }, stdout, stderr)).isZero();
        assertThat(stdout.size()).isZero();
    }

    @Test
    void bad_arguments_print_the_usage_and_fail() {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        assertThat(GenerateCaseFiles.run(new String[] { "--count" }, stdout, stderr)).isEqualTo(2);
        assertThat(GenerateCaseFiles.run(new String[] { "--today", "yesterday" }, stdout, stderr)).isEqualTo(2);
        assertThat(GenerateCaseFiles.run(new String[] { "--colour", "red" }, stdout, stderr)).isEqualTo(2);
        assertThat(errors.toString(StandardCharsets.UTF_8)).contains("usage: GenerateCaseFiles");
        assertThat(stdout.size()).isZero();
    }
}
