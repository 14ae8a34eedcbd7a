package org.zhongben.portal.records.signing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * {@code manifest.json} of an evidence bundle: what was downloaded, by whom, when, and the SHA-256 of every file.
 * {@link #toJson()} is canonical (fixed field order, UTF-8, two-space indent, {@code \n} line ends), so the same
 * manifest always gives the same bytes and the same signature; {@link #parse(byte[])} reads it back strictly (unknown
 * or repeated fields are refused: a verifier must show everything that was signed, and only that).
 *
 * @param bundleId id of the bundle
 * @param caseNumber the case the bundle belongs to (案号)
 * @param issuedAt when the bundle was issued, with its offset
 * @param issuedTo who downloaded it, as shown to them, e.g. {@code 张律师(代理律师)}
 * @param keyId {@code kid} of the key that signs the manifest
 * @param files the files of the bundle, in bundle order
 */
public record Manifest(String bundleId, String caseNumber, OffsetDateTime issuedAt, String issuedTo, String keyId,
        List<Entry> files) {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Set<String> FIELDS = Set.of("bundleId", "caseNumber", "issuedAt", "issuedTo", "keyId",
            "files");
    private static final Set<String> ENTRY_FIELDS = Set.of("path", "size", "sha256");

    private static final JsonFactory JSON = JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final ObjectMapper READER = JsonMapper.builder(JSON)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    private static final DefaultPrettyPrinter PRINTER = printer();

    /**
     * One file of the bundle.
     *
     * @param path its path inside the bundle ({@code /}-separated, relative, no {@code ..})
     * @param size its length in bytes
     * @param sha256 SHA-256 of its content, lower-case hex
     */
    public record Entry(String path, long size, String sha256) {

        public Entry {
            requireText(path, "path");
            if (!isBundlePath(path)) {
                throw new IllegalArgumentException("path must be a relative /-separated path: " + path);
            }
            if (size < 0) {
                throw new IllegalArgumentException("size must not be negative: " + size);
            }
            if (sha256 == null || !SHA256.matcher(sha256).matches()) {
                throw new IllegalArgumentException("sha256 must be 64 lower-case hex digits: " + sha256);
            }
        }
    }

    public Manifest {
        requireText(bundleId, "bundleId");
        requireText(caseNumber, "caseNumber");
        Objects.requireNonNull(issuedAt, "issuedAt");
        requireText(issuedTo, "issuedTo");
        requireText(keyId, "keyId");
        files = List.copyOf(Objects.requireNonNull(files, "files"));
        Set<String> paths = new HashSet<>();
        for (Entry entry : files) {
            if (!paths.add(entry.path())) {
                throw new IllegalArgumentException("path listed twice: " + entry.path());
            }
        }
    }

    /** The canonical bytes of this manifest (UTF-8, ends with a line feed). */
    public byte[] toJson() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            json.setPrettyPrinter(PRINTER.createInstance());
            json.writeStartObject();
            json.writeStringField("bundleId", bundleId);
            json.writeStringField("caseNumber", caseNumber);
            json.writeStringField("issuedAt", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(issuedAt));
            json.writeStringField("issuedTo", issuedTo);
            json.writeStringField("keyId", keyId);
            json.writeArrayFieldStart("files");
            for (Entry entry : files) {
                json.writeStartObject();
                json.writeStringField("path", entry.path());
                json.writeNumberField("size", entry.size());
                json.writeStringField("sha256", entry.sha256());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Reads a manifest (any whitespace layout).
     *
     * @throws MalformedManifestException when the bytes are not a manifest; the message says why
     */
    public static Manifest parse(byte[] json) {
        if (json == null) {
            throw new MalformedManifestException("manifest is missing");
        }
        JsonNode root;
        try {
            root = READER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new MalformedManifestException("manifest is not well-formed JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new MalformedManifestException("manifest could not be read", e);
        }
        try {
            requireObject(root, "manifest", FIELDS);
            JsonNode files = field(root, "files");
            if (!files.isArray()) {
                throw new MalformedManifestException("files must be an array");
            }
            List<Entry> entries = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                JsonNode file = files.get(i);
                requireObject(file, "files[" + i + "]", ENTRY_FIELDS);
                JsonNode size = field(file, "size");
                if (!size.isIntegralNumber() || !size.canConvertToLong()) {
                    throw new MalformedManifestException("files[" + i + "].size must be a whole number");
                }
                entries.add(new Entry(text(file, "path"), size.longValue(), text(file, "sha256")));
            }
            return new Manifest(text(root, "bundleId"), text(root, "caseNumber"), time(root, "issuedAt"),
                    text(root, "issuedTo"), text(root, "keyId"), entries);
        } catch (MalformedManifestException e) {
            throw e;
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new MalformedManifestException("manifest is invalid: " + e.getMessage(), e);
        }
    }

    private static void requireObject(JsonNode node, String name, Set<String> allowed) {
        if (node == null || !node.isObject()) {
            throw new MalformedManifestException(name + " must be a JSON object");
        }
        for (Map.Entry<String, JsonNode> property : node.properties()) {
            String field = property.getKey();
            if (!allowed.contains(field)) {
                throw new MalformedManifestException(name + " has an unknown field: " + field);
            }
        }
    }

    private static JsonNode field(JsonNode node, String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            throw new MalformedManifestException(name + " is missing");
        }
        return value;
    }

    private static String text(JsonNode node, String name) {
        JsonNode value = field(node, name);
        if (!value.isTextual()) {
            throw new MalformedManifestException(name + " must be a string");
        }
        return value.textValue();
    }

    private static OffsetDateTime time(JsonNode node, String name) {
        String value = text(node, name);
        try {
            return OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException e) {
            throw new MalformedManifestException(name + " must be an ISO-8601 time with offset: " + value, e);
        }
    }

    /** Relative and {@code /}-separated, without empty, {@code .} or {@code ..} segments: safe to unpack anywhere. */
    private static boolean isBundlePath(String path) {
        if (path.startsWith("/") || path.contains("\\") || path.chars().anyMatch(Character::isISOControl)) {
            return false;
        }
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return false;
            }
        }
        return true;
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }

    private static DefaultPrettyPrinter printer() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators);
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return printer;
    }
}
