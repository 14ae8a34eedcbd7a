package org.zhongben.portal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.zhongben.portal.casefile.CaseFile;

class CaseFileNdjsonTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 30);
    private final CaseFileGenerator generator = new CaseFileGenerator(88L, TODAY);

    @Test
    void files_are_written_one_per_line_and_read_back_equal() throws IOException {
        List<CaseFile> files = generator.stream(0, 300).toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long written = CaseFileNdjson.write(files.stream(), out);
        String text = out.toString(StandardCharsets.UTF_8);

        assertThat(written).isEqualTo(300);
        assertThat(text).endsWith("\n");
        assertThat(text.split("\n", -1)).hasSize(301);
        try (BufferedReader reader = new BufferedReader(new StringReader(text))) {
            assertThat(CaseFileNdjson.read(reader).toList()).isEqualTo(files);
        }
    }

    @Test
    void dates_are_iso_strings_amounts_plain_numbers_and_nulls_left_out() {
        String line = CaseFileNdjson.toLine(generator.generate(0));
        CaseFile file = CaseFileNdjson.fromLine(line);
        assertThat(line).doesNotContain("\n").doesNotContain(":null").startsWith("{\"version\":1,");
        assertThat(line).contains("\"docketedOn\":\"" + file.docketedOn() + "\"");
        assertThat(line).contains("\"claimedAmount\":" + file.claimedAmount().toPlainString() + ",");
        // no number anywhere in scientific notation
        assertThat(line).doesNotContainPattern(":-?\\d+(\\.\\d+)?[eE]");
    }

    @Test
    void a_line_writer_appends_to_an_open_stream() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CaseFileNdjson.LineWriter writer = CaseFileNdjson.writer(out)) {
            writer.write(generator.generate(1));
            writer.write(generator.generate(2));
            assertThat(writer.count()).isEqualTo(2);
        }
        out.write('x');
        assertThat(out.toString(StandardCharsets.UTF_8)).hasLineCount(3).endsWith("}\nx");
    }
}
