package org.zhongben.portal.accounts;

import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.zhongben.portal.audit.Actor;
import org.zhongben.portal.audit.AuditAction;
import org.zhongben.portal.audit.AuditLog;
import org.zhongben.portal.casefile.CaseFileStore;
import org.zhongben.portal.casefile.CaseNumber;
import org.zhongben.portal.casefile.vocabulary.PartyRole;
import org.zhongben.portal.common.crypto.FieldCipher;
import org.zhongben.portal.common.error.PortalException;
import org.zhongben.portal.common.ratelimit.RateLimiter;
import org.zhongben.portal.common.ratelimit.RateLimiter.Limit;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Checks a case number + query code (查询码) against the stored keyed hashes. Guessing is throttled per case number and
 * per client address (limits shared by every replica), and every answer is the same whether or not the case exists.
 */
@ApplicationScoped
public class CaseLoginService {

    /** 5 wrong codes for one case number within 15 minutes lock that case number for the rest of the window. */
    static final Limit PER_CASE = new Limit("case-login:case", 5, Duration.ofMinutes(15));
    /** 20 wrong codes from one address within 15 minutes lock that address. */
    static final Limit PER_ADDRESS = new Limit("case-login:address", 20, Duration.ofMinutes(15));

    private final CaseFileStore cases;
    private final FieldCipher cipher;
    private final RateLimiter limiter;
    private final Pool pool;
    private final AuditLog audit;

    CaseLoginService(CaseFileStore cases, FieldCipher cipher, RateLimiter limiter, Pool pool, AuditLog audit) {
        this.cases = cases;
        this.cipher = cipher;
        this.limiter = limiter;
        this.pool = pool;
        this.audit = audit;
    }

    /** The party a valid code opens. */
    public record ProvenParty(long caseId, String caseNumber, long partyId, PartyRole role, String name) {
    }

    /**
     * The party whose code this is, or a failure: 401 for a wrong pair (counted), 429 with a retry delay once a limit
     * is reached (checked before the code is even looked at).
     */
    public Uni<ProvenParty> prove(String caseNumber, String queryCode, String clientAddress) {
        String number = caseNumber == null ? ""
                : CaseNumber.parse(caseNumber).map(CaseNumber::render)
                        .orElse(caseNumber.strip());
        String address = clientAddress == null ? "unknown" : clientAddress;
        return Uni.combine().all().unis(limiter.retryAfter(PER_CASE, number), limiter.retryAfter(PER_ADDRESS, address))
                .with((perCase, perAddress) -> Math.max(perCase, perAddress))
                .chain(wait -> {
                    if (wait > 0) {
                        return Uni.createFrom().failure(PortalException.tooMany(AccountsError.TOO_MANY_ATTEMPTS, wait));
                    }
                    return find(number, queryCode).chain(found -> found.isPresent() ? Uni.createFrom().item(found.get())
                            : limiter.hit(PER_CASE, number).chain(() -> limiter.hit(PER_ADDRESS, address))
                                    .chain(() -> Uni.createFrom().failure(
                                            new PortalException(AccountsError.INVALID_CASE_CREDENTIALS))));
                });
    }

    private Uni<Optional<ProvenParty>> find(String caseNumber, String queryCode) {
        if (queryCode == null || queryCode.isBlank() || queryCode.length() > 40) {
            return Uni.createFrom().item(Optional.empty());
        }
        byte[] hash = cipher.keyedHash(QueryCodeService.normalise(queryCode));
        return cases.partiesOfCase(caseNumber).chain(parties -> {
            if (parties.isEmpty()) {
                return Uni.createFrom().item(Optional.<ProvenParty> empty());
            }
            Long[] ids = parties.stream().map(CaseFileStore.CaseParty::partyId).toArray(Long[]::new);
            return pool.preparedQuery("SELECT party_id FROM party_query_code WHERE party_id = ANY($1) AND code_hash = $2")
                    .execute(Tuple.of(ids, io.vertx.core.buffer.Buffer.buffer(hash)))
                    .map(rows -> {
                        if (rows.size() == 0) {
                            return Optional.<ProvenParty> empty();
                        }
                        long partyId = rows.iterator().next().getLong("party_id");
                        return parties.stream().filter(party -> party.partyId() == partyId).findFirst()
                                .map(party -> new ProvenParty(party.caseId(), party.caseNumber(), party.partyId(),
                                        party.role(), party.name()));
                    });
        });
    }

    /** Records a successful sign-in in the case's audit trail ("who accessed my case"). */
    public Uni<Void> audit(ProvenParty party, String clientAddress) {
        return audit.record(new Actor(Actor.Kind.PARTY_SESSION, "party:" + party.partyId(), roleOf(party.role()),
                Viewer.maskName(party.name()), clientAddress), AuditAction.SIGNED_IN_WITH_QUERY_CODE, party.caseId(),
                null);
    }

    static String roleOf(PartyRole role) {
        return role == PartyRole.DEBTOR ? Roles.DEBTOR : Roles.CREDITOR;
    }
}
