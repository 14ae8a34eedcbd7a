package org.zhongben.portal.records.pdf;

import java.util.Objects;

/** Running text; {@code small} for notes and legal hints that should not compete with the record itself. */
public record Paragraph(String text, boolean small) implements Block {

    public Paragraph {
        Objects.requireNonNull(text, "text");
    }

    public Paragraph(String text) {
        this(text, false);
    }
}
