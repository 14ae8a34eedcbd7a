package org.zhongben.portal.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.zhongben.portal.casefile.CaseFile;
import org.zhongben.portal.casefile.CaseNumber;
import org.zhongben.portal.casefile.vocabulary.CaseType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Case files for tests, built from the documented example ({@code /docs/example-case-file.json}), so the example
 * stays valid. Each call gets a case number of its own so tests never collide.
 */
public final class CaseFiles {

    public static final String COURT = "京0105";
    public static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000 + 1000);
    private static final ObjectMapper READER = JsonMapper.builder().addModule(new JavaTimeModule()).build();

    /** The day on which {@link #compliant()} owes nothing: after the second follow-up inquiry, before the third. */
    public static final LocalDate COMPLIANT_TODAY = LocalDate.of(2024, 9, 1);

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

    /** A new 执恢 case resuming the case {@code parentNumber} of {@link #COURT}: same serial number, filed in 2024. */
    public static ObjectNode resumptionOf(String parentNumber) {
        ObjectNode child = fresh();
        child.put("caseNumber", CaseNumber.of(2024, COURT, CaseType.ZHI_HUI,
                Long.parseLong(parentNumber.replaceAll("\\D+", "").substring(8))).render());
        child.put("parentCaseNumber", parentNumber);
        return child;
    }

    /** The example as a new case of {@code court}. */
    public static ObjectNode fresh(String court) {
        ObjectNode file = example();
        file.put("courtCode", court);
        file.put("caseNumber", newCaseNumber(court));
        return file;
    }

    /**
     * The example as a 终本 case that did every prescribed action: C1–C14 pass (C11 does not apply, nobody was missing
     * or obstructive), and on {@link #COMPLIANT_TODAY} nothing after the ruling is overdue. Docketed 2023-02-01, ruled
     * 2023-08-15 (ruling D1, served 2023-08-18), one debtor 张伟 (P2). Compared with the example it adds a national
     * query Q3 of 2023-07-20 answering the four required categories (the example's Q1 of February is older than the
     * 91 days C7 allows) and records that the creditor was told the result of the second follow-up inquiry.
     */
    public static ObjectNode compliant() {
        ObjectNode file = fresh();
        ObjectNode query = add(file, "networkQueries").put("id", "Q3").put("channel", "NATIONAL")
                .put("purpose", "PRE_TERMINATION").put("debtorPartyId", "P2").put("submittedOn", "2023-07-20");
        for (String category : new String[] { "BANK_DEPOSIT", "VEHICLE", "REAL_ESTATE", "SECURITIES" }) {
            add(query, "results").put("category", category).put("status", "ANSWERED").put("answeredOn", "2023-07-21")
                    .put("hits", "VEHICLE".equals(category) ? 1 : 0);
        }
        with(file, "followUps[1].creditorNotifiedOn", "2024-08-26");
        return file;
    }

    /** Reads a case file as the portal does. */
    public static CaseFile read(JsonNode file) {
        try {
            return READER.treeToValue(file, CaseFile.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a case file: " + e.getMessage(), e);
        }
    }

    /**
     * Sets a value at a dotted path with optional indexes, e.g. {@code parties[1].idNumber}; a {@link LocalDate} is
     * written as its ISO text.
     */
    public static ObjectNode with(ObjectNode file, String path, Object value) {
        ObjectNode parent = parentOf(file, path);
        String leaf = leaf(path);
        parent.set(leaf, value instanceof LocalDate date ? TextNode.valueOf(date.toString()) : JSON.valueToTree(value));
        return file;
    }

    /** The object at a dotted path, e.g. {@code networkQueries[2].results[1]}. */
    public static ObjectNode at(ObjectNode file, String path) {
        return (ObjectNode) step(parentOf(file, path), leaf(path));
    }

    /** Appends an empty object to the array at a dotted path (creating the array) and returns it for filling in. */
    public static ObjectNode add(ObjectNode file, String path) {
        ObjectNode parent = parentOf(file, path);
        String leaf = leaf(path);
        ArrayNode array = parent.get(leaf) instanceof ArrayNode existing ? existing : parent.putArray(leaf);
        return array.addObject();
    }

    /** Empties the arrays at the given dotted paths. */
    public static ObjectNode clear(ObjectNode file, String... paths) {
        for (String path : paths) {
            parentOf(file, path).putArray(leaf(path));
        }
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
