package org.zhongben.portal.accounts;

import java.time.OffsetDateTime;

/** A lawyer account's licence and its check by court staff. */
public record LawyerStatus(long accountId, String name, String email, String lawFirm, String licenceNumber,
        OffsetDateTime verifiedAt, OffsetDateTime rejectedAt, String rejectionNote, OffsetDateTime registeredAt) {

    public boolean verified() {
        return verifiedAt != null;
    }

    public boolean pending() {
        return verifiedAt == null && rejectedAt == null;
    }
}
