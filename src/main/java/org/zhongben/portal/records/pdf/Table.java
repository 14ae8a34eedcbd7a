package org.zhongben.portal.records.pdf;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A table whose header row repeats on every page and whose long cells wrap. Every row has one cell per header; an
 * empty cell is {@code ""}, never {@code null}.
 *
 * @param relativeWidths column widths relative to each other, or {@code null} for equal columns
 */
public record Table(List<String> headers, List<List<String>> rows, float[] relativeWidths) implements Block {

    public Table {
        headers = List.copyOf(headers);
        if (headers.isEmpty()) {
            throw new IllegalArgumentException("a table needs at least one column");
        }
        rows = rows.stream().map(List::copyOf).toList();
        for (List<String> row : rows) {
            if (row.size() != headers.size()) {
                throw new IllegalArgumentException(
                        "row has " + row.size() + " cells, the table " + headers.size() + " columns");
            }
        }
        if (relativeWidths != null) {
            if (relativeWidths.length != headers.size()) {
                throw new IllegalArgumentException("one relative width per column expected");
            }
            relativeWidths = relativeWidths.clone();
        }
    }

    public Table(List<String> headers, List<List<String>> rows) {
        this(headers, rows, null);
    }

    /** A copy, so the record stays immutable. */
    @Override
    public float[] relativeWidths() {
        return relativeWidths == null ? null : relativeWidths.clone();
    }

    // Records compare arrays by identity; compare the widths by value like the other components.
    @Override
    public boolean equals(Object other) {
        return other instanceof Table that && headers.equals(that.headers) && rows.equals(that.rows)
                && Arrays.equals(relativeWidths, that.relativeWidths);
    }

    @Override
    public int hashCode() {
        return Objects.hash(headers, rows, Arrays.hashCode(relativeWidths));
    }

    @Override
    public String toString() {
        return "Table[headers=" + headers + ", rows=" + rows.size() + ", relativeWidths="
                + Arrays.toString(relativeWidths) + "]";
    }
}
