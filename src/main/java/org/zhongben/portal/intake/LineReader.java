package org.zhongben.portal.intake;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads an NDJSON body one line at a time with a hard cap per line, so a stream of any length is processed in
 * bounded memory and a single oversized line is reported rather than buffered.
 */
final class LineReader {

    /** One line: its bytes, or {@code tooLong} when it exceeded the cap (its bytes were skipped). */
    record Line(long number, byte[] bytes, boolean tooLong) {
    }

    private final InputStream in;
    private final int maxLine;
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int limit;
    private long number;

    LineReader(InputStream in, int maxLine) {
        this.in = in;
        this.maxLine = maxLine;
    }

    /** The next non-blank line, or {@code null} at the end of the stream. */
    Line next() throws IOException {
        while (true) {
            byte[] line = new byte[256];
            int length = 0;
            boolean tooLong = false;
            boolean sawAny = false;
            while (true) {
                if (position == limit) {
                    limit = in.read(buffer, 0, buffer.length);
                    position = 0;
                    if (limit <= 0) {
                        limit = 0;
                        if (!sawAny) {
                            return null;
                        }
                        break;
                    }
                }
                sawAny = true;
                byte b = buffer[position++];
                if (b == '\n') {
                    break;
                }
                if (tooLong) {
                    continue;
                }
                if (length == maxLine) {
                    tooLong = true;
                    line = null;
                    continue;
                }
                if (length == line.length) {
                    line = Arrays.copyOf(line, Math.min(maxLine, line.length * 2));
                }
                line[length++] = b;
            }
            number++;
            if (tooLong) {
                return new Line(number, new byte[0], true);
            }
            if (isBlank(line, length)) {
                continue;
            }
            return new Line(number, Arrays.copyOf(line, length), false);
        }
    }

    private static boolean isBlank(byte[] line, int length) {
        for (int i = 0; i < length; i++) {
            byte b = line[i];
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }
}
