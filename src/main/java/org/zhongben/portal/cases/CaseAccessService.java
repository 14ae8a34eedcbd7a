package org.zhongben.portal.cases;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.zhongben.portal.accounts.AccountService;
import org.zhongben.portal.accounts.DelegationService;
import org.zhongben.portal.accounts.Roles;
import org.zhongben.portal.accounts.Viewer;
import org.zhongben.portal.casefile.CaseFileStore;
import org.zhongben.portal.casefile.CaseNumber;
import org.zhongben.portal.casefile.vocabulary.PartyRole;
import org.zhongben.portal.common.error.PortalException;

import io.smallrye.mutiny.Uni;

/**
 * Decides, in the database and on every request, whether the viewer may see a case, and as which party. A one-case
 * session sees the case of its party; an account sees the cases it linked. Anything else is "not found" (404), so
 * the existence of a case number is never revealed.
 */
@ApplicationScoped
public class CaseAccessService {

    private final CaseFileStore store;
    private final AccountService accounts;
    private final DelegationService delegations;

    CaseAccessService(CaseFileStore store, AccountService accounts, DelegationService delegations) {
        this.store = store;
        this.accounts = accounts;
        this.delegations = delegations;
    }

    /** The viewer's access to one case. */
    public record CaseAccess(long caseId, String caseNumber, long partyId, PartyRole role, Viewer viewer,
            java.time.OffsetDateTime caseVersion) {

        public boolean creditor() {
            return role == PartyRole.CREDITOR;
        }
    }

    /** The viewer's access to the case, or a 404 failure. */
    public Uni<CaseAccess> require(Viewer viewer, String caseNumberText) {
        String caseNumber = CaseNumber.parse(caseNumberText).map(CaseNumber::render).orElse(null);
        if (caseNumber == null
                || !(viewer.hasRole(Roles.CREDITOR) || viewer.hasRole(Roles.DEBTOR) || viewer.hasRole(Roles.LAWYER))) {
            return notFound();
        }
        return accessibleParties(viewer).chain(partyIds -> store.partiesOfCase(caseNumber).map(parties -> parties.stream()
                .filter(party -> partyIds.contains(party.partyId())).findFirst()
                .map(party -> new CaseAccess(party.caseId(), party.caseNumber(), party.partyId(), party.role(), viewer,
                        party.caseVersion()))
                .orElseThrow(() -> new PortalException(CaseError.NOT_FOUND))));
    }

    /** The parties whose cases the viewer may see. */
    public Uni<List<Long>> accessibleParties(Viewer viewer) {
        return switch (viewer.kind()) {
            case PARTY -> Uni.createFrom().item(List.of(viewer.partyId()));
            case ACCOUNT -> viewer.hasRole(Roles.CREDITOR) ? accounts.linkedParties(viewer.accountId())
                    // a lawyer sees what the creditors who authorised the lawyer see, while the authorisation lasts
                    : viewer.hasRole(Roles.LAWYER) ? delegations.delegatedParties(viewer.accountId())
                            : Uni.createFrom().item(List.of());
            default -> Uni.createFrom().item(List.of());
        };
    }

    private static <T> Uni<T> notFound() {
        return Uni.createFrom().failure(new PortalException(CaseError.NOT_FOUND));
    }
}
