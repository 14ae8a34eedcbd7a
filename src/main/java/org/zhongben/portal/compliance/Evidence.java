package org.zhongben.portal.compliance;

/** A record in the case file a verdict relied on: its kind and its id in the file (or a case number). */
public record Evidence(EvidenceKind kind, String id) {

    static Evidence of(EvidenceKind kind, String id) {
        return new Evidence(kind, id);
    }
}
