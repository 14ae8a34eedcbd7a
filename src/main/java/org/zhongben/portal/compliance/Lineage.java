package org.zhongben.portal.compliance;

import java.util.List;

import org.zhongben.portal.casefile.StoredCaseFile;

/**
 * What the engine needs to know about related cases: the 执恢 cases that resumed this one, and how many earlier
 * cases in the chain this case resumes were themselves terminated by 终本.
 */
public record Lineage(List<StoredCaseFile.ChildCase> children, int earlierTerminations) {

    public static final Lineage NONE = new Lineage(List.of(), 0);

    public Lineage {
        children = List.copyOf(children);
        if (earlierTerminations < 0) {
            throw new IllegalArgumentException("earlierTerminations < 0");
        }
    }
}
