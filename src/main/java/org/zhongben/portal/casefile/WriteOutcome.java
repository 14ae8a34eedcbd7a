package org.zhongben.portal.casefile;

import java.util.List;

/**
 * What storing a case file did: the case id, whether the case is new, and the parties that did not exist before
 * (they receive query codes).
 */
public record WriteOutcome(String caseNumber, Status status, long caseId, long storedVersion, List<NewParty> newParties) {

    public enum Status {
        CREATED,
        UPDATED,
        STALE
    }

    public record NewParty(long partyId, String externalId, org.zhongben.portal.casefile.vocabulary.PartyRole role) {
    }

    public static WriteOutcome stale(String caseNumber, long caseId, long storedVersion) {
        return new WriteOutcome(caseNumber, Status.STALE, caseId, storedVersion, List.of());
    }
}
