package org.zhongben.portal.records.pdf;

import java.util.List;
import java.util.Objects;

/**
 * A document to print: a title, optional subtitle lines, then blocks. Plain text only, so nothing a user typed can
 * turn into markup or links in the PDF.
 */
public record RecordDocument(String title, List<String> subtitle, List<Block> blocks) {

    public RecordDocument {
        Objects.requireNonNull(title, "title");
        subtitle = subtitle == null ? List.of() : List.copyOf(subtitle);
        blocks = blocks == null ? List.of() : List.copyOf(blocks);
    }
}
