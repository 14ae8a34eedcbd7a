package org.zhongben.portal.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.zhongben.portal.casefile.CaseFile;
import org.zhongben.portal.casefile.vocabulary.AssetCategory;
import org.zhongben.portal.casefile.vocabulary.CannotDisposeReason;
import org.zhongben.portal.casefile.vocabulary.ClueResult;
import org.zhongben.portal.casefile.vocabulary.FollowUpResult;
import org.zhongben.portal.casefile.vocabulary.InterviewTopic;
import org.zhongben.portal.casefile.vocabulary.MeasureType;
import org.zhongben.portal.casefile.vocabulary.PartyRole;
import org.zhongben.portal.casefile.vocabulary.QueryChannel;
import org.zhongben.portal.casefile.vocabulary.QueryPurpose;
import org.zhongben.portal.casefile.vocabulary.QueryReplyStatus;
import org.zhongben.portal.casefile.vocabulary.RestrictedPersonRole;
import org.zhongben.portal.followup.WorkingDays;

/**
 * The rule breaches of {@link DemoMix}, read off a 终本 case file the way a compliance check would (domain.md §10),
 * without knowledge of the generator's internals.
 */
final class Breaches {

    private Breaches() {
    }

    /** C1: ruling within three months of docketing (on the day three months later included). */
    static boolean tooEarly(CaseFile file) {
        // "more than three months": the earliest allowed day is docketing + 3 months + 1 day
        return !file.ruling().ruledOn().isAfter(file.docketedOn().plusMonths(3));
    }

    /** C4: a debtor without a consumption restriction of its own. */
    static boolean missingRestriction(CaseFile file) {
        return debtors(file).stream().anyMatch(debtor -> file.restrictions().stream()
                .noneMatch(r -> r.partyId().equals(debtor) && r.personRole() == RestrictedPersonRole.DEBTOR));
    }

    /** C6: a clue submitted before the ruling and not verified at closing. */
    static boolean unverifiedClue(CaseFile file) {
        LocalDate ruled = file.ruling().ruledOn();
        return file.clues().stream().filter(c -> !c.submittedOn().isAfter(ruled)).anyMatch(
                c -> c.result() == ClueResult.PENDING || c.verifiedOn() == null || c.verifiedOn().isAfter(ruled));
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

    /** C12: the interview left out one of the five topics the creditor must be told. */
    static boolean interviewTopicsMissing(CaseFile file) {
        return file.interview() != null && !file.interview().topics().containsAll(List.of(InterviewTopic.values()));
    }

    /**
     * P5: the second follow-up inquiry after the ruling that found nothing, when no clue given after the ruling and
     * not found untrue came before it and a 失信 listing was still in force then; null otherwise.
     */
    static LocalDate dishonestDeletionGround(CaseFile file) {
        LocalDate ruled = file.ruling().ruledOn();
        List<LocalDate> empty = file.followUps().stream()
                .filter(f -> f.result() == FollowUpResult.NOTHING_FOUND && f.performedOn() != null
                        && f.performedOn().isAfter(ruled))
                .map(CaseFile.FollowUp::performedOn).sorted().toList();
        if (empty.size() < 2) {
            return null;
        }
        LocalDate ground = empty.get(1);
        boolean clueKeeps = file.clues().stream().anyMatch(c -> c.submittedOn().isAfter(ruled)
                && !c.submittedOn().isAfter(ground) && c.result() != ClueResult.NOT_CONFIRMED);
        return clueKeeps || listingsInForce(file, ground).isEmpty() ? null : ground;
    }

    /** P5: the listings have to go within 3 working days of the ground. */
    static LocalDate dishonestDeletionDue(LocalDate ground) {
        return WorkingDays.plus(ground, 3);
    }

    /** P5: a listing in force at the ground for deletion deleted after the due day, or still there after it. */
    static boolean dishonestDeletionLate(CaseFile file, LocalDate today) {
        LocalDate ground = dishonestDeletionGround(file);
        if (ground == null) {
            return false;
        }
        LocalDate due = dishonestDeletionDue(ground);
        return listingsInForce(file, ground).stream()
                .anyMatch(l -> l.deletedOn() == null ? today.isAfter(due) : l.deletedOn().isAfter(due));
    }

    /** Listings decided by {@code day} and not deleted before it. */
    private static List<CaseFile.Listing> listingsInForce(CaseFile file, LocalDate day) {
        return file.listings().stream()
                .filter(l -> !l.decidedOn().isAfter(day) && (l.deletedOn() == null || !l.deletedOn().isBefore(day)))
                .toList();
    }

    /** P10: follow-up inquiries that found property without leading to resumption. */
    static List<CaseFile.FollowUp> foundNotResumed(CaseFile file) {
        return file.followUps().stream().filter(f -> f.result() == FollowUpResult.PROPERTY_FOUND
                && !Boolean.TRUE.equals(f.ledToResumption())).toList();
    }

    /** P10: the 执恢 case docketed more than 30 days after the follow-up inquiry that found property. */
    static boolean resumptionLate(CaseFile parent, CaseFile child) {
        return parent.followUps().stream().filter(f -> Boolean.TRUE.equals(f.ledToResumption()))
                .anyMatch(f -> child.docketedOn().isAfter(f.performedOn().plusDays(30)));
    }

    /** P12: objections decided more than 15 days after filing, or undecided after that. */
    static boolean objectionLate(CaseFile.Remedy objection, LocalDate today) {
        LocalDate due = objection.filedOn().plusDays(15);
        return objection.decidedOn() == null ? today.isAfter(due) : objection.decidedOn().isAfter(due);
    }

    /** P9: clues submitted after the ruling. */
    static List<CaseFile.Clue> cluesAfterRuling(CaseFile file) {
        return file.clues().stream().filter(c -> c.submittedOn().isAfter(file.ruling().ruledOn())).toList();
    }

    /** P9: the day a clue is due to be verified by: 7 days after submission, 3 if urgent. */
    static LocalDate verificationDue(CaseFile.Clue clue) {
        return clue.submittedOn().plusDays(Boolean.TRUE.equals(clue.urgent()) ? 3 : 7);
    }

    /** P9: a clue verified after its due day, or still unverified after it. */
    static boolean clueLate(CaseFile.Clue clue, LocalDate today) {
        LocalDate due = verificationDue(clue);
        return clue.verifiedOn() == null ? today.isAfter(due) : clue.verifiedOn().isAfter(due);
    }

    /** P8: the correction requests of the database entry. */
    static List<CaseFile.Correction> corrections(CaseFile file) {
        return file.databaseEntry() == null ? List.of() : file.databaseEntry().corrections();
    }

    /** P8: a confirmed error corrected more than 3 days after the decision, or not corrected after that. */
    static boolean correctionLate(CaseFile.Correction correction, LocalDate today) {
        LocalDate due = correction.decidedOn().plusDays(3);
        return correction.correctedOn() == null ? today.isAfter(due) : correction.correctedOn().isAfter(due);
    }

    /** The debt paid in full after the ruling: the day of the last payment, else null. */
    static LocalDate paidAfterRuling(CaseFile file) {
        if (file.unperformedAmount().signum() != 0) {
            return null;
        }
        return file.payments().stream().map(CaseFile.Payment::paidOn)
                .filter(on -> on.isAfter(file.ruling().ruledOn())).max(LocalDate::compareTo).orElse(null);
    }

    /** P7: the entry of a case paid after the ruling shielded more than 3 days after the payment, or not at all. */
    static boolean shieldingLate(CaseFile file, LocalDate today) {
        LocalDate due = paidAfterRuling(file).plusDays(3);
        LocalDate shielded = file.databaseEntry().shieldedOn();
        return shielded == null ? today.isAfter(due) : shielded.isAfter(due);
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
