package org.zhongben.portal.casefile;

import java.util.List;

/**
 * What storing a case file did: the case id, whether the case is new, and the parties that did not exist before
 * (they receive query codes).
 */
public record WriteOutcome(Status status, long caseId, long storedVersion, List<NewParty> newParties) {

    public enum Status {
        CREATED,
        UPDATED,
        STALE
    }

    public record NewParty(long partyId, String externalId, org.zhongben.portal.casefile.vocabulary.PartyRole role) {
    }

    public static WriteOutcome stale(long caseId, long storedVersion) {
        return new WriteOutcome(Status.STALE, caseId, storedVersion, List.of());
    }
}
