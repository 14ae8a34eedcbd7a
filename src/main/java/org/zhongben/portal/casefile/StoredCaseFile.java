package org.zhongben.portal.casefile;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.zhongben.portal.casefile.vocabulary.ClosingMode;
import org.zhongben.portal.casefile.vocabulary.PartyRole;

/**
 * A case file as stored, with what only the portal knows about it: internal ids, when it last changed, which
 * documents have their content uploaded, which 执恢 cases resumed it and how many of the cases it resumes (its
 * ancestors) were themselves terminated by 终本.
 */
public record StoredCaseFile(long caseId, OffsetDateTime updatedAt, Long parentCaseId, CaseFile file,
        List<StoredParty> parties, Set<String> uploadedDocuments, List<ChildCase> childCases,
        int earlierTerminations) {

    /** A party's internal id next to its id in the file. */
    public record StoredParty(long id, String externalId, PartyRole role) {
    }

    /** A case that resumed this one (its parent case number points here). */
    public record ChildCase(long caseId, String caseNumber, ClosingMode closingMode, java.time.LocalDate docketedOn) {
    }

    public Optional<StoredParty> party(long partyId) {
        return parties.stream().filter(party -> party.id() == partyId).findFirst();
    }
}
