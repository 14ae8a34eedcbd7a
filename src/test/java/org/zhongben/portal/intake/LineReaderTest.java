package org.zhongben.portal.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The NDJSON line reader: line numbers, blank and oversized lines, and lines that span reads of any size. */
class LineReaderTest {

    @Test
    void readsLinesWithTheirNumbersSkippingBlankOnes() throws IOException {
        List<LineReader.Line> lines = readAll("{\"a\":1}\n\n  \t\r\n{\"b\":2}\r\n{\"c\":3}", 100, Integer.MAX_VALUE);

        assertThat(lines).extracting(LineReader.Line::number).containsExactly(1L, 4L, 5L);
        assertThat(lines).extracting(line -> text(line)).containsExactly("{\"a\":1}", "{\"b\":2}\r", "{\"c\":3}");
        assertThat(lines).noneMatch(LineReader.Line::tooLong);
    }

    @Test
    void aLineOverTheCapIsReportedAndTheNextOneStillRead() throws IOException {
        String exact = "x".repeat(10);
        List<LineReader.Line> lines = readAll(exact + "\n" + "y".repeat(11) + "\n" + "z\n", 10, 3);

        assertThat(lines).extracting(LineReader.Line::number).containsExactly(1L, 2L, 3L);
        assertThat(lines).extracting(LineReader.Line::tooLong).containsExactly(false, true, false);
        assertThat(text(lines.get(0))).as("exactly the cap is allowed").isEqualTo(exact);
        assertThat(lines.get(1).bytes()).isEmpty();
        assertThat(text(lines.get(2))).isEqualTo("z");
    }

    @Test
    void linesLongerThanTheBufferAndReadsOfAnySizeComeOutWhole() throws IOException {
        StringBuilder body = new StringBuilder();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            // lengths around and far beyond the 64 KiB read buffer, with multi-byte characters
            String line = "{\"n\":" + i + ",\"s\":\"" + "终本".repeat(i * 997 % 50_000) + "\"}";
            expected.add(line);
            body.append(line).append('\n');
        }
        for (int chunk : new int[] { 1, 7, 4096, 65_536, 1 << 20 }) {
            List<LineReader.Line> lines = readAll(body.toString(), 1 << 20, chunk);
            assertThat(lines).as("reads of %d bytes", chunk).extracting(line -> text(line))
                    .containsExactlyElementsOf(expected);
            assertThat(lines.get(39).number()).isEqualTo(40);
        }
    }

    @Test
    void anEmptyStreamHasNoLines() throws IOException {
        assertThat(readAll("", 10, 5)).isEmpty();
        assertThat(readAll("\n\n", 10, 5)).isEmpty();
    }

    private static List<LineReader.Line> readAll(String body, int maxLine, int chunk) throws IOException {
        LineReader reader = new LineReader(new Trickle(body.getBytes(StandardCharsets.UTF_8), chunk), maxLine);
        List<LineReader.Line> lines = new ArrayList<>();
        for (LineReader.Line line = reader.next(); line != null; line = reader.next()) {
            lines.add(line);
        }
        return lines;
    }

    private static String text(LineReader.Line line) {
        return new String(line.bytes(), StandardCharsets.UTF_8);
    }

    /** Returns at most {@code chunk} bytes per read, as a network stream may. */
    private static final class Trickle extends InputStream {

        private final ByteArrayInputStream in;
        private final int chunk;

        Trickle(byte[] bytes, int chunk) {
            this.in = new ByteArrayInputStream(bytes);
            this.chunk = chunk;
        }

        @Override
        public int read() {
            return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
            return in.read(b, off, Math.min(len, chunk));
        }
    }
}
