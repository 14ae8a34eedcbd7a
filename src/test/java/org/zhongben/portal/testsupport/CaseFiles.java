package org.zhongben.portal.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.zhongben.portal.casefile.CaseNumber;
import org.zhongben.portal.casefile.vocabulary.CaseType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Case files for tests, built from the documented example ({@code /docs/example-case-file.json}), so the example
 * stays valid. Each call gets a case number of its own so tests never collide.
 */
public final class CaseFiles {

    public static final String COURT = "京0105";
    public static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000 + 1000);

    private CaseFiles() {
    }

    /** The documented example, unchanged. */
    public static ObjectNode example() {
        try (InputStream in = CaseFiles.class.getResourceAsStream("/META-INF/resources/docs/example-case-file.json")) {
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh case number of {@code court}, never used before in this JVM. */
    public static String newCaseNumber(String court) {
        return CaseNumber.of(2023, court, CaseType.ZHI, SEQUENCE.incrementAndGet()).render();
    }

    /** The example as a new case of {@link #COURT}. */
    public static ObjectNode fresh() {
        return fresh(COURT);
    }

    /** The example as a new case of {@code court}. */
    public static ObjectNode fresh(String court) {
        ObjectNode file = example();
        file.put("courtCode", court);
        file.put("caseNumber", newCaseNumber(court));
        return file;
    }

    /** Sets a value at a dotted path with optional indexes, e.g. {@code parties[1].idNumber}. */
    public static ObjectNode with(ObjectNode file, String path, Object value) {
        ObjectNode parent = parentOf(file, path);
        String leaf = leaf(path);
        parent.set(leaf, JSON.valueToTree(value));
        return file;
    }

    /** Removes the field at a dotted path. */
    public static ObjectNode without(ObjectNode file, String path) {
        parentOf(file, path).remove(leaf(path));
        return file;
    }

    public static String ndjson(List<? extends JsonNode> files) {
        StringBuilder out = new StringBuilder();
        for (JsonNode file : files) {
            out.append(file.toString()).append('\n');
        }
        return out.toString();
    }

    public static String text(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode parentOf(ObjectNode file, String path) {
        String[] steps = path.split("\\.");
        JsonNode node = file;
        for (int i = 0; i < steps.length - 1; i++) {
            node = step(node, steps[i]);
        }
        return (ObjectNode) node;
    }

    private static JsonNode step(JsonNode node, String step) {
        int bracket = step.indexOf('[');
        if (bracket < 0) {
            return node.get(step);
        }
        JsonNode list = node.get(step.substring(0, bracket));
        return list.get(Integer.parseInt(step.substring(bracket + 1, step.length() - 1)));
    }

    private static String leaf(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }
}
