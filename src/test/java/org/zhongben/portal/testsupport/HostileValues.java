package org.zhongben.portal.testsupport;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Hostile values for property-based tests: wrong JSON types, huge strings, control characters, lone surrogates and
 * invalid UTF-8, SQL and template injection, broken JSON, odd content types, malformed forms and multipart bodies.
 * Everything comes from one {@link Random}, so a seed replays a run exactly.
 */
public final class HostileValues {

    /** The system property that replays a run: {@code -Dhostile.seed=N}. */
    public static final String SEED_PROPERTY = "hostile.seed";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static final List<String> INJECTIONS = List.of(
            "' OR '1'='1", "'; DROP TABLE enforcement_case; --", "1; SELECT pg_sleep(10)--", "\" OR \"\"=\"",
            "' UNION SELECT password_hash FROM account --", "%' AND 1=1 --", "\\'; --", "$1", "?", "E'\\x00'",
            "{inject:csrf.token}", "{#for i in 1..100000}{i}{/for}", "{config:portal.jwt.signing-key-location}",
            "{#include errors/error /}", "{data:page}", "{str:concat('a','b')}", "${7*7}", "#{7*7}", "{{7*7}}",
            "<%= 7*7 %>", "{#if true}x{/if}", "{", "}", "{}", "{#}", "{!comment", "<script>alert(1)</script>",
            "\"><img src=x onerror=alert(1)>", "javascript:alert(1)", "../../../../etc/passwd", "..\\..\\windows",
            "%s%s%s%n", "%00", "\u202Eevil", "A\u0000B", "\r\nSet-Cookie: x=y", "null", "undefined", "NaN",
            "-Infinity", "true", "[]", "{}", "0x7fffffff", "99999999999999999999999999", "-1", "1e309",
            "1.7976931348623157E309",
            "+99999-01-01", "99999-12-31", "0000-00-00", "2023-02-30", "2023-13-01", "-0001-01-01", "10000-01-01",
            "2023-01-01T25:61:61Z", "１２３", "٣", "(2023)京0105执1号", "京0105", "𠀋𠀋𠀋", "😀😀", "\uFEFF", "\uFFFD",
            "\u0085", "\u2028", "\t", " ", "");

    private final Random random;

    public HostileValues(long seed) {
        this.random = new Random(seed);
    }

    /** The seed of this run: {@code -Dhostile.seed=N}, or a fresh one. */
    public static long seed() {
        String given = System.getProperty(SEED_PROPERTY);
        return given == null || given.isBlank() ? System.nanoTime() ^ System.currentTimeMillis() : Long.parseLong(given);
    }

    public Random random() {
        return random;
    }

    public int between(int from, int to) {
        return from + random.nextInt(to - from);
    }

    public boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    public <T> T oneOf(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    /** A hostile string; huge ones (100 KiB and more) only when {@code allowHuge} and rarely. */
    public String text(boolean allowHuge) {
        return switch (random.nextInt(12)) {
            case 0, 1, 2 -> oneOf(INJECTIONS);
            case 3 -> controlCharacters(between(1, 40));
            case 4 -> allowHuge && chance(0.15) ? repeat(oneOf(List.of("A", "张", "{", "%", "'", "\u0000")),
                    between(100 * 1024, 160 * 1024)) : repeat(oneOf(List.of("x", "伟", "9", "-")), between(200, 5000));
            case 5 -> "\uD800" + oneOf(INJECTIONS) + "\uDFFF";
            case 6 -> oneOf(INJECTIONS) + controlCharacters(3) + oneOf(INJECTIONS);
            case 7 -> mixed(between(1, 60));
            case 8 -> Long.toString(random.nextLong());
            case 9 -> "2023-" + between(-5, 99) + "-" + between(-5, 99);
            case 10 -> "+" + between(10000, 999999999) + "-01-01";
            default -> oneOf(INJECTIONS) + mixed(between(0, 10));
        };
    }

    /** A value of the wrong JSON type, or a hostile string, or something deep. */
    public JsonNode jsonValue() {
        return switch (random.nextInt(14)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.booleanNode(random.nextBoolean());
            case 2 -> NODES.numberNode(random.nextLong());
            case 3 -> NODES.numberNode(new java.math.BigDecimal("1e" + between(20, 400)));
            case 4 -> NODES.numberNode(-random.nextDouble() * 1e12);
            case 5 -> NODES.arrayNode().add(text(false)).addNull();
            case 6 -> NODES.objectNode().put(text(false), text(false));
            case 7 -> deep(between(10, 200));
            case 8 -> NODES.arrayNode();
            case 9 -> NODES.objectNode();
            case 10 -> NODES.numberNode(random.nextInt(3) - 1);
            default -> NODES.textNode(text(true));
        };
    }

    /**
     * Corrupts a JSON tree in place at one to three places: a value replaced by a hostile one, a field removed, a
     * {@code null} put into a list, a field of a hostile name added.
     */
    public JsonNode corrupt(JsonNode tree) {
        int changes = between(1, 4);
        for (int i = 0; i < changes; i++) {
            List<JsonNode> containers = new ArrayList<>();
            collect(tree, containers);
            JsonNode container = oneOf(containers);
            if (container instanceof ObjectNode object && object.size() > 0) {
                List<String> names = new ArrayList<>();
                object.fieldNames().forEachRemaining(names::add);
                String name = oneOf(names);
                switch (random.nextInt(6)) {
                    case 0 -> object.remove(name);
                    case 1 -> object.put(text(false), text(false));
                    default -> object.set(name, jsonValue());
                }
            } else if (container instanceof ArrayNode array) {
                switch (random.nextInt(4)) {
                    case 0 -> array.insertNull(array.isEmpty() ? 0 : random.nextInt(array.size() + 1));
                    case 1 -> array.add(jsonValue());
                    case 2 -> {
                        if (!array.isEmpty()) {
                            array.set(random.nextInt(array.size()), jsonValue());
                        }
                    }
                    default -> {
                        if (!array.isEmpty()) {
                            array.remove(random.nextInt(array.size()));
                        }
                    }
                }
            }
        }
        return tree;
    }

    /** Bytes that are not one well-formed JSON document, or are an odd one. */
    public byte[] brokenJson(String valid) {
        return switch (random.nextInt(16)) {
            case 0 -> utf8(valid.substring(0, random.nextInt(Math.max(1, valid.length()))));
            case 1 -> utf8(valid + oneOf(List.of("}", "]", ",", "garbage", "{}", "\u0000")));
            case 2 -> utf8(valid.replace('"', '\''));
            case 3 -> concat(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, utf8(valid));
            case 4 -> invalidUtf8(valid);
            case 5 -> utf8(oneOf(List.of("null", "", " ", "[]", "\"text\"", "123", "true", "[null]", "{\"\":{}}",
                    "NaN", "{\"a\":NaN}", "/* c */ {}", "{,}", "[,]", "{\"a\" \"b\"}")));
            case 6 -> utf8(repeat("[", between(500, 20000)) + repeat("]", random.nextInt(20000)));
            case 7 -> utf8(repeat("{\"a\":", between(500, 5000)) + "1" + repeat("}", between(0, 5000)));
            case 8 -> valid.getBytes(StandardCharsets.UTF_16);
            case 9 -> utf8(first(valid, ":", "::"));
            case 10 -> utf8(first(valid, "{", "{\"" + text(false).replace("\"", "").replace("\\", "") + "\":\"\\ud800\","));
            case 11 -> utf8(valid.replace("\",", "\"\u0000,"));
            case 12 -> utf8(first(valid, "\"", "\"\\u00"));
            case 13 -> utf8(first(valid, "{", "{\"x\":\"" + repeat("\\", between(10, 1000)) + "\","));
            case 14 -> randomBytes(between(1, 2000));
            default -> utf8(valid.substring(0, Math.max(0, valid.length() - 1)) + ",\"caseNumber\":" + valid.length() + "}");
        };
    }

    /** A content type header value: odd charsets, wildcards, missing parts; {@code null} means "no header". */
    public String contentType(String proper) {
        return switch (random.nextInt(14)) {
            case 0 -> proper + "; charset=EBCDIC";
            case 1 -> proper + "; charset=nonsense";
            case 2 -> proper + "; charset=UTF-16";
            case 3 -> proper + "; charset=\"\"";
            case 4 -> "*/*";
            case 5 -> proper.substring(0, proper.indexOf('/')) + "/*";
            case 6 -> null;
            case 7 -> "";
            case 8 -> ";;;";
            case 9 -> proper.toUpperCase(java.util.Locale.ROOT) + ";" + text(false).replaceAll("[\\r\\n]", "");
            case 10 -> "text/plain";
            case 11 -> "multipart/form-data";
            case 12 -> proper + "; charset=utf-8; charset=latin1";
            default -> "application/x-www-form-urlencoded";
        };
    }

    /** An {@code application/x-www-form-urlencoded} body with broken escapes, raw bytes and odd separators. */
    public byte[] brokenForm(Map<String, String> fields) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Iterator<Map.Entry<String, String>> entries = fields.entrySet().iterator();
        while (entries.hasNext()) {
            Map.Entry<String, String> entry = entries.next();
            out.writeBytes(utf8(formEscape(entry.getKey()) + "=" + formEscape(entry.getValue())));
            if (chance(0.3)) {
                out.writeBytes(utf8(oneOf(List.of("%zz", "%", "%2", "%u4e2d", "%C3%28", "%FF%FE", "%00", "==", "&&",
                        "=%", "%%%", "+%+", "%E4%B8"))));
            }
            if (chance(0.1)) {
                out.writeBytes(new byte[] { (byte) 0xC3, (byte) 0x28, 0, (byte) 0xFF });
            }
            if (entries.hasNext()) {
                out.writeBytes(utf8(oneOf(List.of("&", "&", "&", ";", "&&", "&="))));
            }
        }
        return out.toByteArray();
    }

    /** Percent-encodes like a browser form, but sometimes leaves a character raw or writes a broken escape. */
    public String formEscape(String value) {
        if (chance(0.1)) {
            return value + oneOf(List.of("%", "%z", "%zz", "%%"));
        }
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /**
     * A multipart body that is broken in one of many ways, with the boundary its content type names. Field values
     * starting with {@code hostile-} are markers and are never garbled themselves.
     */
    public Multipart brokenMultipart(Map<String, String> fields, byte[] file) {
        String boundary = "----hostile" + Long.toHexString(random.nextLong());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int breakage = random.nextInt(12);
        for (Map.Entry<String, String> field : fields.entrySet()) {
            String name = breakage == 1 ? field.getKey() + "\"; filename=\"" + text(false) : field.getKey();
            out.writeBytes(utf8("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n"
                    + (breakage == 2 ? "Content-Type: application/json; charset=EBCDIC\r\n" : "")
                    + (breakage == 3 ? "Content-Transfer-Encoding: base64\r\n" : "") + "\r\n"));
            // markers (values starting "hostile-") stay intact, so a test can look for what was stored
            boolean marker = field.getValue().startsWith("hostile-");
            out.writeBytes(breakage == 4 && !marker ? invalidUtf8(field.getValue()) : utf8(field.getValue()));
            out.writeBytes(utf8("\r\n"));
        }
        if (file != null) {
            String fileName = breakage == 5 ? text(false).replaceAll("[\\r\\n\"]", "") : "evidence.png";
            out.writeBytes(utf8("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + oneOf(
                    List.of("file", "evidence")) + "\"; filename=\"" + fileName + "\"\r\nContent-Type: "
                    + (breakage == 6 ? "*/*" : "image/png") + "\r\n\r\n"));
            out.writeBytes(file);
            out.writeBytes(utf8("\r\n"));
        }
        switch (breakage) {
            case 7 -> {
                // no closing boundary at all
            }
            case 8 -> out.writeBytes(utf8("--" + boundary + "\r\nContent-Disposition: form-data\r\n\r\nno name\r\n--"
                    + boundary + "--\r\n"));
            case 9 -> out.writeBytes(utf8("--" + boundary + "\r\n" + repeat("X-Long: " + repeat("h", 200) + "\r\n", 50)
                    + "\r\n\r\n--" + boundary + "--\r\n"));
            case 10 -> out.writeBytes(utf8("--" + boundary + "\r\n\r\n\r\n"));
            default -> out.writeBytes(utf8("--" + boundary + "--\r\n"));
        }
        String type = switch (random.nextInt(8)) {
            case 0 -> "multipart/form-data";
            case 1 -> "multipart/form-data; boundary=" + boundary + "x";
            case 2 -> "multipart/form-data; boundary=";
            case 3 -> "multipart/form-data; boundary=\"" + boundary + "\"; charset=EBCDIC";
            case 4 -> "multipart/mixed; boundary=" + boundary;
            default -> "multipart/form-data; boundary=" + boundary;
        };
        byte[] body = out.toByteArray();
        if (breakage == 11 && body.length > 10) {
            body = java.util.Arrays.copyOf(body, random.nextInt(body.length));
        }
        return new Multipart(type, body);
    }

    /** A multipart body and the content type to send it with. */
    public record Multipart(String contentType, byte[] body) {
    }

    /** A query parameter value as it appears on the wire: escaped, or raw with broken escapes and raw bytes. */
    public String queryValue(String value) {
        return switch (random.nextInt(6)) {
            case 0 -> value.replace(" ", "%20") + oneOf(List.of("%", "%zz", "%C3%28", "%00", "%u0041", "%FF"));
            case 1 -> java.net.URLEncoder.encode(value, StandardCharsets.UTF_8) + "%";
            default -> java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
        };
    }

    public String controlCharacters(int length) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int c = random.nextInt(34);
            out.append(c == 32 ? '\u007F' : c == 33 ? '\u009B' : (char) c);
        }
        return out.toString();
    }

    /** Printable Chinese, Latin, digits and punctuation mixed with a few odd characters. */
    public String mixed(int length) {
        String pool = "张伟王芳李娜京沪执号()()-_ aZ09'\"<>&%{}[]#\\/:;,.?!@$^*+=|~`\u3000\u00A0\u200B\uFF08";
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            out.append(pool.charAt(random.nextInt(pool.length())));
        }
        return out.toString();
    }

    /** {@code text} with the first {@code target} replaced by {@code replacement}, both taken literally. */
    private static String first(String text, String target, String replacement) {
        int at = text.indexOf(target);
        return at < 0 ? text : text.substring(0, at) + replacement + text.substring(at + target.length());
    }

    private JsonNode deep(int depth) {
        JsonNode node = NODES.textNode("bottom");
        for (int i = 0; i < depth; i++) {
            node = random.nextBoolean() ? NODES.arrayNode().add(node) : NODES.objectNode().set("a", node);
        }
        return node;
    }

    private byte[] invalidUtf8(String text) {
        byte[] bytes = utf8(text);
        byte[] bad = oneOf(List.of(new byte[] { (byte) 0xC3, 0x28 }, new byte[] { (byte) 0xFF },
                new byte[] { (byte) 0xED, (byte) 0xA0, (byte) 0x80 }, new byte[] { (byte) 0xF8, (byte) 0x88, (byte) 0x80,
                        (byte) 0x80, (byte) 0x80 },
                new byte[] { (byte) 0xE4, (byte) 0xB8 }, new byte[] { (byte) 0xC0, (byte) 0x80 }));
        int at = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(bytes, 0, at);
        out.writeBytes(bad);
        out.write(bytes, at, bytes.length - at);
        return out.toByteArray();
    }

    private byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private static void collect(JsonNode node, List<JsonNode> containers) {
        if (node.isContainerNode()) {
            containers.add(node);
            node.elements().forEachRemaining(child -> collect(child, containers));
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    public static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    public static String repeat(String text, int times) {
        return text.repeat(Math.max(0, times));
    }
}
