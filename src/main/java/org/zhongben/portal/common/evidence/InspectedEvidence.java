package org.zhongben.portal.common.evidence;

import java.util.List;

/**
 * What {@link EvidenceInspector} found in one file.
 *
 * @param fileName the declared name made safe to store and to send back in a header
 * @param contentType {@code application/pdf}, {@code image/jpeg} or {@code image/png} as read from the content;
 *        {@code null} when the file is empty, too large or of another type
 * @param size bytes in the file
 * @param sha256 lower-case hex digest of the content; {@code null} when the file is too large, as it was not read to
 *        the end
 * @param problems why the file is refused, in the order found; empty when it is accepted
 */
public record InspectedEvidence(String fileName, String contentType, long size, String sha256,
        List<EvidenceProblem> problems) {

    public InspectedEvidence {
        problems = List.copyOf(problems);
    }

    public boolean accepted() {
        return problems.isEmpty();
    }
}
