package org.zhongben.portal.common.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FileNamesTest {

    private static final String PDF = "application/pdf";
    private static final String JPEG = "image/jpeg";
    private static final String PNG = "image/png";

    static Stream<Arguments> hostileAndOrdinaryNames() {
        return Stream.of(
                Arguments.of("../../etc/passwd.pdf", PDF, "passwd.pdf"),
                Arguments.of("..\\..\\boot.ini", PDF, "boot.pdf"),
                Arguments.of("C:\\Users\\x\\证据.pdf", PDF, "证据.pdf"),
                Arguments.of("\u202Egpj.exe", JPEG, "gpj.jpg"),
                Arguments.of("invoice\u2066\u200Bgpj.exe\u2069", PNG, "invoicegpj.png"),
                Arguments.of(".htaccess", PDF, "htaccess.pdf"),
                Arguments.of("a".repeat(500) + ".pdf", PDF, "a".repeat(116) + ".pdf"),
                Arguments.of("合同 第1页.PDF", PDF, "合同 第1页.pdf"),
                Arguments.of("扫描件.JPEG", JPEG, "扫描件.jpeg"),
                Arguments.of("photo.jpg", PNG, "photo.png"),
                Arguments.of("判决书", PDF, "判决书.pdf"),
                Arguments.of("a<b>:c\"d|e?f*.png", PNG, "abcdef.png"),
                Arguments.of("line\r\nbreak\u0000.pdf", PDF, "linebreak.pdf"),
                Arguments.of("  spaced\u3000\u3000out . . ", PDF, "spaced out.pdf"),
                Arguments.of("report.v2..pdf. ", PDF, "report.v2.pdf"),
                Arguments.of("CON.pdf", PDF, "_CON.pdf"),
                Arguments.of("dir/", PDF, "evidence.pdf"),
                Arguments.of("..", JPEG, "evidence.jpg"),
                Arguments.of("", PNG, "evidence.png"),
                Arguments.of(null, PDF, "evidence.pdf"),
                Arguments.of("evil.pdf", null, "evil.pdf"),
                Arguments.of("", null, "evidence"));
    }

    @ParameterizedTest(name = "[{index}] {2}")
    @MethodSource("hostileAndOrdinaryNames")
    void sanitisedNamesAreSafeAndEndInTheContentsExtension(String declared, String contentType, String expected) {
        assertThat(FileNames.sanitise(declared, contentType)).isEqualTo(expected);
    }

    @Test
    void capsLongChineseNamesByCodePointWithoutSplittingSurrogatePairs() {
        String name = FileNames.sanitise("证".repeat(100) + "📄".repeat(100) + ".pdf", PDF);

        assertThat(name).isEqualTo("证".repeat(100) + "📄".repeat(16) + ".pdf");
        assertThat(name.codePointCount(0, name.length())).isEqualTo(120);
    }

    @Test
    void decomposedNamesFromMacsAreComposed() {
        assertThat(FileNames.sanitise("Cafe\u0301.pdf", PDF)).isEqualTo("Caf\u00E9.pdf");
    }

    @Test
    void chineseNamesGetAnAsciiFallbackAndTheExactUtf8Name() {
        assertThat(FileNames.contentDisposition("attachment", "证据.pdf"))
                .isEqualTo("attachment; filename=\"__.pdf\"; filename*=UTF-8''%E8%AF%81%E6%8D%AE.pdf");
        assertThat(FileNames.contentDisposition("inline", "合同 第1页.pdf")).isEqualTo(
                "inline; filename=\"__ _1_.pdf\"; filename*=UTF-8''%E5%90%88%E5%90%8C%20%E7%AC%AC1%E9%A1%B5.pdf");
    }

    @Test
    void eachNonAsciiCodePointBecomesOneUnderscore() {
        assertThat(FileNames.contentDisposition("attachment", "📄.pdf"))
                .isEqualTo("attachment; filename=\"_.pdf\"; filename*=UTF-8''%F0%9F%93%84.pdf");
    }

    @Test
    void quotesAndBackslashesAreEscapedInTheFallback() {
        assertThat(FileNames.contentDisposition("attachment", "a\"b\\c.pdf"))
                .isEqualTo("attachment; filename=\"a\\\"b\\\\c.pdf\"; filename*=UTF-8''a%22b%5Cc.pdf");
    }

    @Test
    void onlyAttachmentAndInlineAreDispositions() {
        assertThatThrownBy(() -> FileNames.contentDisposition("form-data", "a.pdf"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
