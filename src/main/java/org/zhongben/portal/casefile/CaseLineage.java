package org.zhongben.portal.casefile;

import java.util.List;

/**
 * A case's place in its chain of enforcement cases: the case it resumes, the 执恢 cases that resumed it, and how
 * many of its ancestors were themselves terminated by 终本.
 */
public record CaseLineage(long caseId, Long parentCaseId, List<StoredCaseFile.ChildCase> children,
        int earlierTerminations) {
}
