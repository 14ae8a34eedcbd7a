package org.zhongben.portal.demo;

/**
 * How the demo case population is mixed: closing modes, resumed cases, what happens after 终本, and how often courts
 * break the 终本 rules (domain.md §10). Every value is a share between 0 and 1.
 * <p>
 * Unless stated otherwise a rule-breaking share is the share of cases closed by 终本 (including 执恢 cases closed by
 * 终本 again) that show the breach; each breach is drawn independently of the others. A breach tied to an event
 * (a correction request, a payment after 终本, ...) shows only in cases where that event happens.
 *
 * @param zhongben share of first-enforcement (执) cases closed by 终本
 * @param fullyEnforced share of 执 cases closed as fully enforced (执行完毕), with payments equal to the claim
 * @param otherClosed share of 执 cases closed otherwise (终结执行, 销案, 不予执行, 驳回申请); the rest stays open
 * @param resumed share of 执 cases closed by 终本 that are followed by a resumed (执恢) case; the slot scheme of
 *        {@link CaseFileGenerator} caps it at about 0.2
 * @param resumedAgain share of 执恢 cases that are closed by 终本 again (the "终本 loop"), where time allows
 * @param tooEarly ruling within three months of docketing (终本规定 Art. 1(4))
 * @param missingRestriction a debtor without a consumption-restriction order (Art. 1(2))
 * @param unverifiedClue a creditor clue still unverified (result PENDING) at closing (财产调查规定 Art. 2)
 * @param networkGap the pre-termination national query misses BANK_DEPOSIT, VEHICLE, REAL_ESTATE or SECURITIES,
 *        or one of those replies was still outstanding at closing (Art. 3)
 * @param noOnsite no on-site or other offline investigation at all (Art. 3(3))
 * @param interviewLapse creditor interview missing or held after the ruling (Art. 5)
 * @param followUpLapse share of <em>due follow-up inquiries</em> that were missed or performed more than 30 days late
 *        (Art. 9); the lapses are concentrated in {@code followUpLapseCases}
 * @param followUpLapseCases share of 终本 cases in which follow-up lapses happen; must be at least
 *        {@code followUpLapse}
 * @param creditorNotNotified share of <em>performed follow-up inquiries</em> whose result the creditor was not told
 * @param databaseLate entry into the 终本 case database more than 7 days after service of the ruling
 * @param otherCannotDispose an asset marked as not disposable for a reason Art. 4 does not allow
 * @param unlistedGround a 失信 ground found without a listing of that debtor (Art. 1(2))
 * @param interviewTopicsMissing the creditor interview leaves out one of the five topics the creditor must be told
 *        (Art. 5); shows in cases with an interview
 * @param dishonestDeletionLate once two follow-up inquiries after 终本 found nothing (and no valid clue came), the
 *        失信 listings are deleted later than 3 working days after the second one, or not at all (失信规定 Art. 10(4))
 * @param resumptionLate share of <em>resumptions after a follow-up inquiry found property</em> whose 执恢 case is
 *        docketed more than 30 days after that inquiry; the others are docketed within 30 days (P10)
 * @param foundNotResumed share of <em>performed follow-up inquiries</em> that find a small new balance which the court
 *        leaves alone instead of resuming enforcement (P10)
 * @param objectionLate share of <em>objections against the 终本 ruling</em> decided more than 15 days after filing
 *        (民事诉讼法 Art. 236)
 * @param postTerminationClue the creditor submits a property clue in the 终本 case after the ruling; most turn out
 *        not to be true and do not lead to resumption
 * @param postTerminationClueLate such a clue verified more than 7 days (3 if urgent) after submission, or still
 *        unverified after that (财产调查规定 Art. 2; P9)
 * @param correction a party asks the court to correct the case's entry in the 终本 database (share of cases with an
 *        entry)
 * @param correctionLate a confirmed error corrected more than 3 days after the decision, or not at all (终本规定
 *        Art. 14; P8)
 * @param paidAfterTermination share of 终本 cases <em>not resumed</em> in which the debtor pays the rest of the claim
 *        after the ruling: the case stays closed by 终本, restrictions and listings end, the entry is shielded
 * @param shieldingLate the entry of such a case shielded more than 3 days after the payment, or not at all (终本规定
 *        Art. 18; P7)
 */
public record DemoMix(
        double zhongben,
        double fullyEnforced,
        double otherClosed,
        double resumed,
        double resumedAgain,
        double tooEarly,
        double missingRestriction,
        double unverifiedClue,
        double networkGap,
        double noOnsite,
        double interviewLapse,
        double followUpLapse,
        double followUpLapseCases,
        double creditorNotNotified,
        double databaseLate,
        double otherCannotDispose,
        double unlistedGround,
        double interviewTopicsMissing,
        double dishonestDeletionLate,
        double resumptionLate,
        double foundNotResumed,
        double objectionLate,
        double postTerminationClue,
        double postTerminationClueLate,
        double correction,
        double correctionLate,
        double paidAfterTermination,
        double shieldingLate) {

    public DemoMix {
        double[] shares = { zhongben, fullyEnforced, otherClosed, resumed, resumedAgain, tooEarly, missingRestriction,
                unverifiedClue, networkGap, noOnsite, interviewLapse, followUpLapse, followUpLapseCases,
                creditorNotNotified, databaseLate, otherCannotDispose, unlistedGround, interviewTopicsMissing,
                dishonestDeletionLate, resumptionLate, foundNotResumed, objectionLate, postTerminationClue,
                postTerminationClueLate, correction, correctionLate, paidAfterTermination, shieldingLate };
        for (double share : shares) {
            if (!(share >= 0 && share <= 1)) {
                throw new IllegalArgumentException("shares lie between 0 and 1: " + share);
            }
        }
        if (zhongben + fullyEnforced + otherClosed > 1.000001) {
            throw new IllegalArgumentException("closing-mode shares add up to more than 1");
        }
        if (followUpLapse > followUpLapseCases) {
            throw new IllegalArgumentException("followUpLapse cannot exceed followUpLapseCases");
        }
    }

    /** The default mix: about 65% 终本, with illustrative (not measured) rates of rule breaches. */
    public static DemoMix defaults() {
        return new DemoMix(0.65, 0.15, 0.05, 0.10, 0.35,
                0.08, 0.07, 0.10, 0.12, 0.15, 0.10, 0.20, 0.40, 0.10, 0.08, 0.05, 0.05,
                0.15, 0.25, 0.30, 0.02, 0.20, 0.06, 0.20, 0.03, 0.30, 0.03, 0.30);
    }

    /**
     * The default closing modes, resumptions and events after 终本 (clues, correction requests, late payments), with
     * every court following every rule.
     */
    public static DemoMix compliant() {
        DemoMix d = defaults();
        return new DemoMix(d.zhongben, d.fullyEnforced, d.otherClosed, d.resumed, d.resumedAgain,
                0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                0, 0, 0, 0, 0, d.postTerminationClue, 0, d.correction, 0, d.paidAfterTermination, 0);
    }

    /** Share of 执 cases still open. */
    public double open() {
        return Math.max(0, 1 - zhongben - fullyEnforced - otherClosed);
    }
}
