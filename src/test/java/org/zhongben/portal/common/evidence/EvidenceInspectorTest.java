package org.zhongben.portal.common.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvidenceInspectorTest {

    private static final EvidenceLimits LIMITS = EvidenceLimits.of(1024 * 1024, 40_000_000);
    private static final String MINIMAL_PDF = """
            %PDF-1.4
            1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
            2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
            3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj
            trailer << /Root 1 0 R >>
            %%EOF
            """;

    @TempDir
    Path dir;

    @Test
    void acceptsAPngAndHashesItsBytes() throws Exception {
        byte[] png = image("png");

        InspectedEvidence evidence = inspect("截图.png", png, "image/png");

        assertThat(evidence.accepted()).isTrue();
        assertThat(evidence.problems()).isEmpty();
        assertThat(evidence.contentType()).isEqualTo("image/png");
        assertThat(evidence.fileName()).isEqualTo("截图.png");
        assertThat(evidence.size()).isEqualTo(png.length);
        assertThat(evidence.sha256()).isEqualTo(sha256(png));
    }

    @Test
    void acceptsAJpeg() throws Exception {
        byte[] jpeg = image("jpg");

        InspectedEvidence evidence = inspect("photo.jpeg", jpeg, "image/jpeg");

        assertThat(evidence.accepted()).isTrue();
        assertThat(evidence.contentType()).isEqualTo("image/jpeg");
        assertThat(evidence.fileName()).isEqualTo("photo.jpeg");
        assertThat(evidence.sha256()).isEqualTo(sha256(jpeg));
    }

    @Test
    void acceptsAMinimalPdf() throws Exception {
        byte[] pdf = MINIMAL_PDF.getBytes(StandardCharsets.US_ASCII);

        InspectedEvidence evidence = inspect("合同 第1页.PDF", pdf, "application/pdf");

        assertThat(evidence.accepted()).isTrue();
        assertThat(evidence.contentType()).isEqualTo("application/pdf");
        assertThat(evidence.fileName()).isEqualTo("合同 第1页.pdf");
        assertThat(evidence.size()).isEqualTo(pdf.length);
        assertThat(evidence.sha256()).isEqualTo(sha256(pdf));
    }

    @Test
    void findsTheTrailerOfAPdfLongerThanOneReadBuffer() throws Exception {
        byte[] pdf = (MINIMAL_PDF.replace("%%EOF\n", "") + "% padding\n".repeat(20_000) + "%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);

        InspectedEvidence evidence = inspect("long.pdf", pdf, null);

        assertThat(evidence.accepted()).isTrue();
        assertThat(evidence.size()).isEqualTo(pdf.length);
        assertThat(evidence.sha256()).isEqualTo(sha256(pdf));
    }

    @Test
    void theContentDecidesTheTypeAndTheExtensionNotTheDeclaredNameOrType() throws Exception {
        InspectedEvidence evidence = inspect("scan.pdf", image("png"), "application/pdf");

        assertThat(evidence.accepted()).isTrue();
        assertThat(evidence.contentType()).isEqualTo("image/png");
        assertThat(evidence.fileName()).isEqualTo("scan.png");
    }

    @Test
    void refusesAnEmptyFile() throws Exception {
        InspectedEvidence evidence = inspect("empty.pdf", new byte[0], "application/pdf");

        assertThat(evidence.problems()).containsExactly(EvidenceProblem.EMPTY);
        assertThat(evidence.accepted()).isFalse();
        assertThat(evidence.contentType()).isNull();
        assertThat(evidence.size()).isZero();
        assertThat(evidence.sha256()).isEqualTo(sha256(new byte[0]));
    }

    @Test
    void refusesAFileOverTheLimitWithoutHashingIt() throws Exception {
        byte[] big = new byte[10 * 1024];
        System.arraycopy(MINIMAL_PDF.getBytes(StandardCharsets.US_ASCII), 0, big, 0, MINIMAL_PDF.length());

        InspectedEvidence evidence = inspect("big.pdf", big, "application/pdf", EvidenceLimits.of(1024, 1000));

        assertThat(evidence.problems()).containsExactly(EvidenceProblem.TOO_LARGE);
        assertThat(evidence.size()).isEqualTo(big.length);
        assertThat(evidence.sha256()).isNull();
        assertThat(evidence.contentType()).isNull();
    }

    @Test
    void aFileOfExactlyTheLimitIsAcceptedAndOneByteMoreIsNot() throws Exception {
        byte[] pdf = MINIMAL_PDF.getBytes(StandardCharsets.US_ASCII);

        assertThat(inspect("a.pdf", pdf, null, EvidenceLimits.of(pdf.length, 1)).accepted()).isTrue();
        assertThat(inspect("a.pdf", pdf, null, EvidenceLimits.of(pdf.length - 1, 1)).problems())
                .containsExactly(EvidenceProblem.TOO_LARGE);
    }

    @Test
    void refusesTextRenamedToPdf() throws Exception {
        InspectedEvidence evidence = inspect("evil.pdf", "just some text, not a PDF\n".getBytes(StandardCharsets.UTF_8),
                "application/pdf");

        assertThat(evidence.problems()).containsExactly(EvidenceProblem.UNSUPPORTED_TYPE);
        assertThat(evidence.contentType()).isNull();
        assertThat(evidence.fileName()).isEqualTo("evil.pdf");
    }

    @Test
    void refusesAZipRenamedToPdf() throws Exception {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("payload.exe"));
            out.write("MZ".getBytes(StandardCharsets.US_ASCII));
            out.closeEntry();
        }

        assertThat(inspect("evidence.pdf", zip.toByteArray(), "application/pdf").problems())
                .containsExactly(EvidenceProblem.UNSUPPORTED_TYPE);
    }

    @Test
    void refusesAWindowsExecutableRenamedToJpg() throws Exception {
        byte[] exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';
        byte[] stub = "This program cannot be run in DOS mode.".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(stub, 0, exe, 78, stub.length);

        assertThat(inspect("photo.jpg", exe, "image/jpeg").problems()).containsExactly(EvidenceProblem.UNSUPPORTED_TYPE);
    }

    @Test
    void refusesHtmlNamedAsAPng() throws Exception {
        byte[] html = "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"
                .getBytes(StandardCharsets.UTF_8);

        assertThat(inspect("x.png", html, "image/png").problems()).containsExactly(EvidenceProblem.UNSUPPORTED_TYPE);
    }

    @Test
    void refusesAPdfWithoutItsTrailer() throws Exception {
        byte[] truncated = MINIMAL_PDF.substring(0, MINIMAL_PDF.indexOf("trailer")).getBytes(StandardCharsets.US_ASCII);

        InspectedEvidence evidence = inspect("cut.pdf", truncated, "application/pdf");

        assertThat(evidence.problems()).containsExactly(EvidenceProblem.CORRUPT);
        assertThat(evidence.contentType()).isEqualTo("application/pdf");
        assertThat(evidence.sha256()).isEqualTo(sha256(truncated));
    }

    @Test
    void refusesAPdfWhoseTrailerIsNotInTheLast1024Bytes() throws Exception {
        byte[] pdf = (MINIMAL_PDF + " ".repeat(1024)).getBytes(StandardCharsets.US_ASCII);

        assertThat(inspect("a.pdf", pdf, null).problems()).containsExactly(EvidenceProblem.CORRUPT);
    }

    @Test
    void refusesAPdfThatDoesNotStartWithItsHeader() throws Exception {
        byte[] pdf = ("\uFEFF" + MINIMAL_PDF).getBytes(StandardCharsets.UTF_8);

        assertThat(inspect("a.pdf", pdf, null).problems()).containsExactly(EvidenceProblem.CORRUPT);
    }

    @Test
    void refusesAPngDecompressionBombFromItsHeaderAlone() throws Exception {
        byte[] bomb = png(60_000, 60_000);
        assertThat(bomb.length).isLessThan(100);

        InspectedEvidence evidence = inspect("bomb.png", bomb, "image/png");

        assertThat(evidence.problems()).containsExactly(EvidenceProblem.IMAGE_TOO_LARGE);
        assertThat(evidence.contentType()).isEqualTo("image/png");
    }

    @Test
    void aPngAtThePixelLimitIsAccepted() throws Exception {
        assertThat(inspect("a.png", png(200, 100), null, EvidenceLimits.of(1024, 20_000)).accepted()).isTrue();
        assertThat(inspect("a.png", png(200, 101), null, EvidenceLimits.of(1024, 20_000)).problems())
                .containsExactly(EvidenceProblem.IMAGE_TOO_LARGE);
    }

    @Test
    void refusesAJpegThatDeclaresTooManyPixels() throws Exception {
        byte[] jpeg = image("jpg");
        int sof = indexOf(jpeg, new byte[] { (byte) 0xFF, (byte) 0xC0 });
        assertThat(sof).isPositive();
        // SOF0: marker, length (2), precision (1), height (2), width (2)
        ByteBuffer.wrap(jpeg, sof + 5, 4).putShort((short) 60_000).putShort((short) 60_000);

        assertThat(inspect("bomb.jpg", jpeg, null).problems()).containsExactly(EvidenceProblem.IMAGE_TOO_LARGE);
    }

    @Test
    void refusesAPngWithACorruptHeader() throws Exception {
        byte[] png = image("png");
        System.arraycopy("XXXX".getBytes(StandardCharsets.US_ASCII), 0, png, 12, 4);

        InspectedEvidence evidence = inspect("broken.png", png, "image/png");

        assertThat(evidence.problems()).containsExactly(EvidenceProblem.CORRUPT);
        assertThat(evidence.contentType()).isEqualTo("image/png");
    }

    @Test
    void refusesAJpegCutOffBeforeItsFrameHeader() throws Exception {
        byte[] jpeg = Arrays.copyOf(image("jpg"), 24);

        assertThat(inspect("cut.jpg", jpeg, null).problems()).containsExactly(EvidenceProblem.CORRUPT);
    }

    @Test
    void namesAreSanitisedEvenWhenTheFileIsRefused() throws Exception {
        InspectedEvidence evidence = inspect("../../etc/\u202Epasswd", "root:x:0:0".getBytes(StandardCharsets.US_ASCII),
                null);

        assertThat(evidence.fileName()).isEqualTo("passwd");
    }

    @Test
    void problemCodesAreLowerSnakeAndEveryProblemExplainsItselfInBothLanguages() {
        assertThat(EvidenceProblem.IMAGE_TOO_LARGE.code()).isEqualTo("image_too_large");
        for (EvidenceProblem problem : EvidenceProblem.values()) {
            assertThat(problem.code()).matches("[a-z]+(_[a-z]+)*");
            assertThat(problem.zh()).endsWith("。");
            assertThat(problem.en()).endsWith(".");
        }
    }

    private InspectedEvidence inspect(String name, byte[] content, String declaredType) throws IOException {
        return inspect(name, content, declaredType, LIMITS);
    }

    private InspectedEvidence inspect(String name, byte[] content, String declaredType, EvidenceLimits limits)
            throws IOException {
        Path file = Files.createTempFile(dir, "upload", ".bin");
        Files.write(file, content);
        return EvidenceInspector.inspect(file, name, declaredType, limits);
    }

    private static byte[] image(String format) throws IOException {
        BufferedImage image = new BufferedImage(32, 24, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(Color.RED);
        graphics.fillRect(4, 4, 16, 8);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(image, format, out)).isTrue();
        return out.toByteArray();
    }

    /** A well-formed PNG whose header declares {@code width × height} grey pixels but whose data is one empty row. */
    private static byte[] png(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' });
        // bit depth 8, colour type 0 (grey), compression, filter, interlace
        chunk(out, "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height).put(new byte[] { 8, 0, 0, 0, 0 })
                .array());
        Deflater deflater = new Deflater();
        deflater.setInput(new byte[1]);
        deflater.finish();
        byte[] compressed = new byte[64];
        int length = deflater.deflate(compressed);
        deflater.end();
        chunk(out, "IDAT", Arrays.copyOf(compressed, length));
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.write(ByteBuffer.allocate(4).putInt(data.length).array());
        out.write(typeBytes);
        out.write(data);
        out.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        return -1;
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
