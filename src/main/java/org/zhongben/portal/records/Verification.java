package org.zhongben.portal.records;

import java.time.OffsetDateTime;

/**
 * What {@code /verify} found. Only what an anonymous visitor may learn: whether the portal issued it, when, for which
 * case number (case numbers are public) and to which kind of user — never a name.
 *
 * @param outcome ISSUED (the portal issued exactly this), TAMPERED (a manifest whose signature does not match its
 *        content) or UNKNOWN (not issued by the portal, or changed since)
 * @param signatureValid for a manifest: whether manifest.sig verifies with the portal's published key
 * @param matchedPath for a single file: where it was in the download (e.g. {@code investigation.pdf})
 */
public record Verification(String outcome, Boolean signatureValid, String recordId, OffsetDateTime issuedAt,
        String caseNumber, String format, String issuedToRole, String matchedPath) {

    static Verification unknown(Boolean signatureValid) {
        return new Verification("UNKNOWN", signatureValid, null, null, null, null, null, null);
    }

    public boolean issued() {
        return "ISSUED".equals(outcome);
    }

    public boolean tampered() {
        return "TAMPERED".equals(outcome);
    }
}
