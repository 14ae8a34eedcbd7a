package org.zhongben.portal.demo;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.List;

/**
 * A minimal hand-built PDF 1.4: one A4 page of ASCII text in Helvetica, with the Chinese title and case number in the
 * document information dictionary (UTF-16BE strings, which viewers show under document properties).
 * <p>
 * Written for speed, since the generator renders and hashes every document of every case: objects 1-4 are a
 * constant prefix whose SHA-256 state is computed once, and the rest is written straight into a reused buffer.
 */
final class DemoPdf {

    private static final byte[] HEX = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private static final String[] HEAD_OBJECTS = {
            "1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n",
            "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n",
            "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >>"
                    + " /Contents 5 0 R >>\nendobj\n",
            "4 0 obj\n<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>\nendobj\n" };

    /** "%PDF-1.4" and objects 1 to 4, identical in every document. */
    private static final byte[] HEAD;
    private static final int[] HEAD_OFFSETS = new int[5];

    static {
        StringBuilder head = new StringBuilder("%PDF-1.4\n");
        for (int i = 0; i < HEAD_OBJECTS.length; i++) {
            HEAD_OFFSETS[i + 1] = head.length();
            head.append(HEAD_OBJECTS[i]);
        }
        HEAD = head.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    private static final ThreadLocal<MessageDigest> HEAD_DIGEST = ThreadLocal.withInitial(() -> {
        MessageDigest digest = newDigest();
        digest.update(HEAD);
        return digest;
    });

    private static final ThreadLocal<MessageDigest> DIGEST = ThreadLocal.withInitial(DemoPdf::newDigest);

    private static final ThreadLocal<Buffer[]> BUFFERS = ThreadLocal
            .withInitial(() -> new Buffer[] { new Buffer(512), new Buffer(2048) });

    private static final String PINYIN_KEYS = "京津冀晋内辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川贵云藏陕甘青宁新兵军执恢保异复监协他号之一";
    private static final String[] PINYIN = { "Jing", "Jin", "Ji", "Jin", "Nei", "Liao", "Ji", "Hei", "Hu", "Su", "Zhe",
            "Wan", "Min", "Gan", "Lu", "Yu", "E", "Xiang", "Yue", "Gui", "Qiong", "Yu", "Chuan", "Gui", "Yun", "Zang",
            "Shaan", "Gan", "Qing", "Ning", "Xin", "Bing", "Jun", "Zhi", "Hui", "Bao", "Yi", "Fu", "Jian", "Xie", "Ta",
            "Hao", "Zhi", "Yi" };

    private DemoPdf() {
    }

    /** The PDF bytes for the given ASCII lines; {@code title} and {@code subject} may hold any characters. */
    static byte[] render(List<String> lines, String title, String subject) {
        Buffer[] buffers = BUFFERS.get();
        Buffer content = buffers[0].reset();
        content.ascii("BT\n/F1 11 Tf\n14 TL\n56 780 Td\n");
        for (String line : lines) {
            content.put('(').literal(line).ascii(") Tj T*\n");
        }
        content.ascii("ET");

        Buffer out = buffers[1].reset();
        out.put(HEAD, HEAD.length);
        int object5 = out.size;
        out.ascii("5 0 obj\n<< /Length ").decimal(content.size).ascii(" >>\nstream\n").put(content.bytes, content.size)
                .ascii("\nendstream\nendobj\n");
        int object6 = out.size;
        out.ascii("6 0 obj\n<< /Title ").utf16(title).ascii(" /Subject ").utf16(subject)
                .ascii(" /Producer (zhongben-portal demo generator) >>\nendobj\n");
        int xref = out.size;
        out.ascii("xref\n0 7\n0000000000 65535 f \n");
        for (int i = 1; i <= 6; i++) {
            out.offset(i <= 4 ? HEAD_OFFSETS[i] : i == 5 ? object5 : object6).ascii(" 00000 n \n");
        }
        out.ascii("trailer\n<< /Size 7 /Root 1 0 R /Info 6 0 R >>\nstartxref\n").decimal(xref).ascii("\n%%EOF\n");
        return Arrays.copyOf(out.bytes, out.size);
    }

    /** Lower-case hex SHA-256. */
    static String sha256(byte[] content) {
        byte[] hash;
        if (content.length >= HEAD.length && Arrays.equals(content, 0, HEAD.length, HEAD, 0, HEAD.length)) {
            // resume from the digest state after the constant prefix
            MessageDigest digest = cloneOf(HEAD_DIGEST.get());
            digest.update(content, HEAD.length, content.length - HEAD.length);
            hash = digest.digest();
        } else {
            MessageDigest digest = DIGEST.get();
            digest.reset();
            hash = digest.digest(content);
        }
        byte[] hex = new byte[64];
        for (int i = 0; i < 32; i++) {
            hex[2 * i] = HEX[(hash[i] >> 4) & 0xf];
            hex[2 * i + 1] = HEX[hash[i] & 0xf];
        }
        return new String(hex, java.nio.charset.StandardCharsets.US_ASCII);
    }

    /** An ASCII transcription of Chinese text in case numbers, e.g. (2021)Jing0105Zhi1234Hao. */
    static String ascii(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x7f) {
                out.append(c);
                continue;
            }
            int key = PINYIN_KEYS.indexOf(c);
            if (key >= 0) {
                out.append(PINYIN[key]);
            } else {
                out.append("U+").append(Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT));
            }
        }
        return out.toString();
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }

    private static MessageDigest cloneOf(MessageDigest digest) {
        try {
            return (MessageDigest) digest.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the SHA-256 digest of the JDK can be cloned", e);
        }
    }

    /** A reusable byte buffer that writes ASCII without a charset encoder. */
    private static final class Buffer {
        private byte[] bytes;
        private int size;

        Buffer(int capacity) {
            bytes = new byte[capacity];
        }

        Buffer reset() {
            size = 0;
            return this;
        }

        Buffer put(char c) {
            ensure(1);
            bytes[size++] = (byte) c;
            return this;
        }

        Buffer put(byte[] source, int length) {
            ensure(length);
            System.arraycopy(source, 0, bytes, size, length);
            size += length;
            return this;
        }

        Buffer ascii(String text) {
            int length = text.length();
            ensure(length);
            for (int i = 0; i < length; i++) {
                bytes[size++] = (byte) text.charAt(i);
            }
            return this;
        }

        /** A PDF literal string body: parentheses and backslashes escaped, anything but printable ASCII as '?'. */
        Buffer literal(String text) {
            int length = text.length();
            ensure(2 * length);
            for (int i = 0; i < length; i++) {
                char c = text.charAt(i);
                if (c == '(' || c == ')' || c == '\\') {
                    bytes[size++] = '\\';
                }
                bytes[size++] = (byte) (c >= 0x20 && c < 0x7f ? c : '?');
            }
            return this;
        }

        /** A PDF hex string in UTF-16BE with a byte-order mark. */
        Buffer utf16(String text) {
            int length = text.length();
            ensure(6 + 4 * length);
            bytes[size++] = '<';
            bytes[size++] = 'F';
            bytes[size++] = 'E';
            bytes[size++] = 'F';
            bytes[size++] = 'F';
            for (int i = 0; i < length; i++) {
                char c = text.charAt(i);
                bytes[size++] = HEX[(c >> 12) & 0xf];
                bytes[size++] = HEX[(c >> 8) & 0xf];
                bytes[size++] = HEX[(c >> 4) & 0xf];
                bytes[size++] = HEX[c & 0xf];
            }
            bytes[size++] = '>';
            return this;
        }

        Buffer decimal(int value) {
            return ascii(Integer.toString(value));
        }

        /** A ten-digit zero-padded cross-reference offset. */
        Buffer offset(int value) {
            ensure(10);
            for (int i = 9; i >= 0; i--) {
                bytes[size + i] = (byte) ('0' + value % 10);
                value /= 10;
            }
            size += 10;
            return this;
        }

        private void ensure(int more) {
            if (size + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
            }
        }
    }
}
