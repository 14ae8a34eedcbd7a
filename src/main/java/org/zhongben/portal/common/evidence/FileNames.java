package org.zhongben.portal.common.evidence;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * File names chosen by uploaders, made safe to store, to list on a page and to send back in a
 * {@code Content-Disposition} header. A name is only a label: the stored type comes from the content.
 */
public final class FileNames {

    static final int MAX_CODE_POINTS = 120;

    /** Accepted extensions per type; the first is the one given when a name has none or a wrong one. */
    private static final Map<String, List<String>> EXTENSIONS = Map.of(
            "application/pdf", List.of("pdf"),
            "image/jpeg", List.of("jpg", "jpeg"),
            "image/png", List.of("png"));

    /** Characters Windows refuses in names, plus both path separators. */
    private static final String RESERVED = "<>:\"/\\|?*";

    /** Names Windows gives to devices, whatever the extension: saving "CON.pdf" fails or opens the console. */
    private static final Set<String> DEVICE_NAMES = Set.of("CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4",
            "COM5", "COM6", "COM7", "COM8", "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8",
            "LPT9");

    /** A plausible extension: a short run of ASCII letters and digits after the last dot. */
    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    private static final Pattern EXTENSION = Pattern.compile("\\.([A-Za-z0-9]{1,5})$");

    private FileNames() {
    }

    /**
     * Makes {@code declaredName} safe: drops any directory part (both separators, as browsers on Windows send full
     * paths), invisible and control characters (so a right-to-left override cannot make "gpj.exe" look like "exe.jpg"),
     * reserved characters,
     * leading dots (no hidden files) and trailing dots and spaces; keeps CJK; caps the length at
     * {@value #MAX_CODE_POINTS} code points keeping the extension, and makes the extension match
     * {@code contentType} (PDF, JPEG or PNG; other types keep the declared extension).
     */
    public static String sanitise(String declaredName, String contentType) {
        String name = declaredName == null ? "" : Normalizer.normalize(declaredName, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = trim(clean(name));

        String base = name;
        String extension = "";
        var matcher = EXTENSION.matcher(name);
        if (matcher.find()) {
            base = name.substring(0, matcher.start());
            extension = matcher.group(1).toLowerCase(Locale.ROOT);
        }
        List<String> wanted = contentType == null ? null : EXTENSIONS.get(contentType);
        if (wanted != null && !wanted.contains(extension)) {
            extension = wanted.get(0);
        }
        String suffix = extension.isEmpty() ? "" : "." + extension;

        base = trim(base);
        if (base.isEmpty()) {
            base = "evidence";
        }
        if (DEVICE_NAMES.contains(base.toUpperCase(Locale.ROOT))) {
            base = "_" + base;
        }
        int room = MAX_CODE_POINTS - suffix.length();
        if (base.codePointCount(0, base.length()) > room) {
            base = trim(base.substring(0, base.offsetByCodePoints(0, room)));
        }
        return base + suffix;
    }

    /**
     * A {@code Content-Disposition} value (RFC 6266): an ASCII {@code filename} for old clients and the exact name as
     * {@code filename*} in UTF-8 (RFC 8187), which current browsers prefer.
     */
    public static String contentDisposition(String disposition, String fileName) {
        if (!"attachment".equals(disposition) && !"inline".equals(disposition)) {
            throw new IllegalArgumentException("disposition must be attachment or inline: " + disposition);
        }
        StringBuilder ascii = new StringBuilder();
        fileName.codePoints().forEach(c -> {
            if (c == '"' || c == '\\') {
                ascii.append('\\').append((char) c);
            } else if (c >= 0x20 && c < 0x7F) {
                ascii.append((char) c);
            } else {
                ascii.append('_');
            }
        });
        StringBuilder encoded = new StringBuilder();
        for (byte b : fileName.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (isAttrChar(c)) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(HEX.toHexDigits(b));
            }
        }
        return disposition + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }

    /** Removes control, format (bidi, zero-width) and reserved characters and lone surrogates; spaces become ' '. */
    private static String clean(String name) {
        StringBuilder kept = new StringBuilder(name.length());
        name.codePoints().forEach(c -> {
            int type = Character.getType(c);
            if (type == Character.SPACE_SEPARATOR) {
                if (kept.length() > 0 && kept.charAt(kept.length() - 1) != ' ') {
                    kept.append(' ');
                }
            } else if (type != Character.CONTROL && type != Character.FORMAT && type != Character.SURROGATE
                    && type != Character.LINE_SEPARATOR && type != Character.PARAGRAPH_SEPARATOR
                    && RESERVED.indexOf(c) < 0) {
                kept.appendCodePoint(c);
            }
        });
        return kept.toString();
    }

    /** Strips leading dots and spaces and trailing dots and spaces, which Windows drops or hides. */
    private static String trim(String name) {
        int start = 0;
        int end = name.length();
        while (start < end && (name.charAt(start) == '.' || name.charAt(start) == ' ')) {
            start++;
        }
        while (end > start && (name.charAt(end - 1) == '.' || name.charAt(end - 1) == ' ')) {
            end--;
        }
        return name.substring(start, end);
    }

    /** RFC 8187 attr-char: sent as is; everything else is percent-encoded. */
    private static boolean isAttrChar(int c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || "!#$&+-.^_`|~".indexOf(c) >= 0;
    }
}
