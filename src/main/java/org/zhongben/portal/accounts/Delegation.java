package org.zhongben.portal.accounts;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A lawyer's authorisation for one creditor party of one case, as the lists show it.
 *
 * @param expired the expiry date has passed (an ACTIVE delegation then no longer gives access)
 * @param origin POWER_OF_ATTORNEY (requested, approved by a clerk) or GRANTED_BY_CREDITOR
 */
public record Delegation(long id, long caseId, String caseNumber, String courtCode, long partyId, String creditorName,
        long lawyerAccountId, String lawyerName, String lawFirm, String licenceNumber, boolean lawyerVerified,
        DelegationState state, String origin, LocalDate expiresOn, boolean expired, OffsetDateTime requestedAt,
        OffsetDateTime decidedAt, String decisionNote, OffsetDateTime revokedAt, String attorneyFileName,
        String attorneySha256, Long attorneyBlobId, long version) {

    /** Gives access today. */
    public boolean effective() {
        return state == DelegationState.ACTIVE && !expired && lawyerVerified;
    }

    /** Approved, but the expiry date has passed. */
    public boolean lapsed() {
        return state == DelegationState.ACTIVE && expired;
    }

    /** A creditor may still revoke it (or withdraw consent to a pending request). */
    public boolean revocable() {
        return state == DelegationState.REQUESTED || state == DelegationState.ACTIVE;
    }
}
