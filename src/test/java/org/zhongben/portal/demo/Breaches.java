package org.zhongben.portal.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.zhongben.portal.casefile.CaseFile;
import org.zhongben.portal.casefile.vocabulary.AssetCategory;
import org.zhongben.portal.casefile.vocabulary.CannotDisposeReason;
import org.zhongben.portal.casefile.vocabulary.ClueResult;
import org.zhongben.portal.casefile.vocabulary.MeasureType;
import org.zhongben.portal.casefile.vocabulary.PartyRole;
import org.zhongben.portal.casefile.vocabulary.QueryChannel;
import org.zhongben.portal.casefile.vocabulary.QueryPurpose;
import org.zhongben.portal.casefile.vocabulary.QueryReplyStatus;
import org.zhongben.portal.casefile.vocabulary.RestrictedPersonRole;

/**
 * The rule breaches of {@link DemoMix}, read off a 终本 case file the way a compliance check would (domain.md §10),
 * without knowledge of the generator's internals.
 */
final class Breaches {

    private Breaches() {
    }

    /** C1: ruling within three months of docketing. */
    static boolean tooEarly(CaseFile file) {
        return file.ruling().ruledOn().isBefore(file.docketedOn().plusMonths(3));
    }

    /** C4: a debtor without a consumption restriction of its own. */
    static boolean missingRestriction(CaseFile file) {
        return debtors(file).stream().anyMatch(debtor -> file.restrictions().stream()
                .noneMatch(r -> r.partyId().equals(debtor) && r.personRole() == RestrictedPersonRole.DEBTOR));
    }

    /** C6: a clue not verified at closing. */
    static boolean unverifiedClue(CaseFile file) {
        return file.clues().stream().anyMatch(c -> c.result() == ClueResult.PENDING || c.verifiedOn() == null
                || c.verifiedOn().isAfter(file.ruling().ruledOn()));
    }

    /** C7: for some debtor no national query answered all four required categories by the ruling. */
    static boolean networkGap(CaseFile file) {
        LocalDate ruled = file.ruling().ruledOn();
        Set<AssetCategory> required = AssetCategory.REQUIRED_NETWORK;
        return debtors(file).stream().anyMatch(debtor -> file.networkQueries().stream()
                .filter(q -> q.debtorPartyId().equals(debtor) && q.channel() == QueryChannel.NATIONAL
                        && q.purpose() == QueryPurpose.PRE_TERMINATION)
                .noneMatch(q -> required.stream().allMatch(category -> q.results().stream()
                        .anyMatch(r -> r.category() == category && r.status() == QueryReplyStatus.ANSWERED
                                && !r.answeredOn().isAfter(ruled)))));
    }

    /** C8: no offline investigation at all. */
    static boolean noOnsite(CaseFile file) {
        return file.measures().stream().noneMatch(m -> m.type().kind() == MeasureType.Kind.OFFLINE);
    }

    /** C12: no interview, or one held after the ruling. */
    static boolean interviewLapse(CaseFile file) {
        return file.interview() == null || file.interview().heldOn() == null
                || file.interview().heldOn().isAfter(file.ruling().ruledOn());
    }

    /** P1: entered into the 终本 database more than seven days after service (or not yet, and already late). */
    static boolean databaseLate(CaseFile file, LocalDate today) {
        LocalDate due = file.ruling().servedOn().plusDays(7);
        return file.databaseEntry() == null ? today.isAfter(due) : file.databaseEntry().enteredOn().isAfter(due);
    }

    /** C10: an asset set aside for a reason Art. 4 does not allow. */
    static boolean otherCannotDispose(CaseFile file) {
        return file.assets().stream().anyMatch(a -> a.cannotDisposeReason() == CannotDisposeReason.OTHER);
    }

    /** C5: a debtor with a 失信 ground but no listing. */
    static boolean unlistedGround(CaseFile file) {
        return file.dishonestGrounds().stream()
                .anyMatch(g -> file.listings().stream().noneMatch(l -> l.partyId().equals(g.partyId())));
    }

    /** Due dates of the follow-ups owed so far: up to today, and before the case was resumed (shielded). */
    static List<LocalDate> dueFollowUps(CaseFile file, LocalDate today) {
        LocalDate ruled = file.ruling().ruledOn();
        LocalDate shielded = file.databaseEntry() == null ? null : file.databaseEntry().shieldedOn();
        return java.util.stream.IntStream.rangeClosed(1, 10).mapToObj(n -> ruled.plusMonths(6L * n))
                .takeWhile(due -> !due.isAfter(today) && (shielded == null || due.isBefore(shielded))).toList();
    }

    /** P2: follow-up {@code n} (1-based) missed or performed more than 30 days after it was due. */
    static boolean followUpLapsed(CaseFile file, int n) {
        LocalDate due = file.ruling().ruledOn().plusMonths(6L * n);
        return file.followUps().stream().filter(f -> f.sequence() == n).findFirst()
                .map(f -> f.performedOn() == null || f.performedOn().isAfter(due.plusDays(30))).orElse(true);
    }

    private static List<String> debtors(CaseFile file) {
        return file.parties().stream().filter(p -> p.role() == PartyRole.DEBTOR).map(CaseFile.Party::id).toList();
    }
}
