package org.zhongben.portal.investigations;

import java.util.function.Consumer;

import org.zhongben.portal.casefile.CaseFile;
import org.zhongben.portal.testsupport.CaseFiles;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Case files for the investigation and timeline tests: the documented example ({@code /docs/example-case-file.json}),
 * edited as JSON before it is read, so each test states only what it changes.
 */
public final class SampleFiles {

    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule()).build();

    /** Every list holds one item with nothing filled in; every optional part is there but empty. */
    public static final String SPARSE = """
            {"parties":[{}],"suspensions":[{}],"reportOrders":[{}],"clues":[{}],"measures":[{"categories":[null]}],
             "networkQueries":[{"results":[{}, null]}, {"purpose":"FOLLOW_UP","results":[{}]}],"assets":[{}],
             "controls":[{"renewals":[{}]}],"coerciveMeasures":[{}],"restrictions":[{}],"dishonestGrounds":[{}],
             "listings":[{}],"interview":{},"ruling":{},"databaseEntry":{},"followUps":[{},{"sequence":11}],
             "remedies":[{},{"kind":"OBJECTION"}],"documents":[{}],"closingMode":"ZHONGBEN"}
            """;

    private SampleFiles() {
    }

    /** The documented example, unchanged. */
    public static CaseFile example() {
        return read(CaseFiles.example());
    }

    /** The documented example after {@code edit}. */
    public static CaseFile example(Consumer<ObjectNode> edit) {
        ObjectNode node = CaseFiles.example();
        edit.accept(node);
        return read(node);
    }

    /**
     * The example stripped to its parties, dates and judge, still a 终本 case with its ruling; {@code edit} adds what a
     * test needs.
     */
    public static CaseFile bare(Consumer<ObjectNode> edit) {
        return example(node -> {
            for (String list : new String[] { "reportOrders", "clues", "measures", "networkQueries", "assets",
                    "controls", "coerciveMeasures", "restrictions", "dishonestGrounds", "listings", "followUps",
                    "remedies", "documents", "suspensions", "payments" }) {
                node.putArray(list);
            }
            node.remove("interview");
            node.remove("databaseEntry");
            edit.accept(node);
        });
    }

    /** Appends a new object to the array {@code name} of {@code node} and returns it for filling in. */
    public static ObjectNode add(ObjectNode node, String name) {
        JsonNode existing = node.get(name);
        ArrayNode array = existing instanceof ArrayNode a ? a : node.putArray(name);
        return array.addObject();
    }

    /** The n-th element of array {@code name}. */
    public static ObjectNode at(ObjectNode node, String name, int index) {
        return (ObjectNode) node.get(name).get(index);
    }

    public static CaseFile read(String json) {
        try {
            return read(JSON.readTree(json));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getMessage(), e);
        }
    }

    public static CaseFile read(JsonNode node) {
        try {
            return JSON.treeToValue(node, CaseFile.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a case file: " + e.getMessage(), e);
        }
    }
}
