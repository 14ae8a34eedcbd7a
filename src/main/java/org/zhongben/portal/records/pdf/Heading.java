package org.zhongben.portal.records.pdf;

import java.util.Objects;

/** A section heading; level 1 is the largest, 3 the smallest. */
public record Heading(int level, String text) implements Block {

    public Heading {
        if (level < 1 || level > 3) {
            throw new IllegalArgumentException("heading level must be 1..3: " + level);
        }
        Objects.requireNonNull(text, "text");
    }
}
