package org.zhongben.portal.records.pdf;

import java.util.List;
import java.util.Map;

/** A two-column definition list (label, value), e.g. the facts of one case. */
public record KeyValues(List<Map.Entry<String, String>> rows) implements Block {

    public KeyValues {
        rows = List.copyOf(rows);
    }
}
