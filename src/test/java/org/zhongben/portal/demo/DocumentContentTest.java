package org.zhongben.portal.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.zhongben.portal.casefile.CaseFile;

class DocumentContentTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 30);
    private final CaseFileGenerator generator = new CaseFileGenerator(66L, TODAY);

    @Test
    void every_document_content_hashes_to_its_metadata() throws Exception {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        generator.stream(0, 500).forEach(file -> {
            assertThat(file.documents()).isNotEmpty();
            for (CaseFile.Document document : file.documents()) {
                byte[] content = generator.documentContent(file, document.id());
                assertThat(HexFormat.of().formatHex(sha256.digest(content))).isEqualTo(document.sha256());
                assertThat((long) content.length).isEqualTo(document.size());
                assertThat(document.contentType()).isEqualTo("application/pdf");
            }
        });
    }

    @Test
    void content_depends_only_on_the_file_so_any_generator_can_serve_it() {
        CaseFile file = generator.generate(3);
        CaseFileGenerator other = new CaseFileGenerator(1L, LocalDate.of(2010, 1, 1));
        CaseFile.Document document = file.documents().get(0);
        assertThat(other.documentContent(file, document.id())).isEqualTo(generator.documentContent(file, document.id()));
    }

    @Test
    void documents_of_a_case_have_distinct_contents() {
        CaseFile file = generator.generate(1);
        assertThat(file.documents().stream().map(CaseFile.Document::sha256)).doesNotHaveDuplicates();
    }

    @Test
    void the_content_is_a_well_formed_single_page_pdf() {
        CaseFile file = generator.generate(1);
        for (CaseFile.Document document : file.documents()) {
            byte[] bytes = generator.documentContent(file, document.id());
            String pdf = new String(bytes, StandardCharsets.ISO_8859_1);
            assertThat(pdf).startsWith("%PDF-1.4\n").endsWith("%%EOF\n").contains("/Count 1");
            assertThat(pdf).contains("(Document: " + document.id() + "  " + document.kind().name() + ")");

            Matcher startxref = Pattern.compile("startxref\n(\\d+)\n").matcher(pdf);
            assertThat(startxref.find()).isTrue();
            int xref = Integer.parseInt(startxref.group(1));
            assertThat(pdf.substring(xref)).startsWith("xref\n0 7\n");
            Matcher entries = Pattern.compile("(\\d{10}) 00000 n \n").matcher(pdf.substring(xref));
            int object = 1;
            while (entries.find()) {
                assertThat(pdf.substring(Integer.parseInt(entries.group(1)))).startsWith(object++ + " 0 obj\n");
            }
            assertThat(object).isEqualTo(7);

            Matcher length = Pattern.compile("<< /Length (\\d+) >>\nstream\n").matcher(pdf);
            assertThat(length.find()).isTrue();
            int start = length.end();
            assertThat(pdf.substring(start + Integer.parseInt(length.group(1)))).startsWith("\nendstream\n");
        }
    }

    @Test
    void asking_for_a_document_the_file_does_not_have_fails() {
        CaseFile file = generator.generate(1);
        assertThatThrownBy(() -> generator.documentContent(file, "doc-999")).isInstanceOf(IllegalArgumentException.class);
    }
}
