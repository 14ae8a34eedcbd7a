package org.zhongben.portal.demo;

/**
 * How the demo case population is mixed: closing modes, resumed cases, and how often courts break the 终本 rules
 * (domain.md §10). Every value is a share between 0 and 1.
 * <p>
 * Unless stated otherwise a rule-breaking share is the share of cases closed by 终本 (including 执恢 cases closed by
 * 终本 again) that show the breach; each breach is drawn independently of the others.
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
        double unlistedGround) {

    public DemoMix {
        double[] shares = { zhongben, fullyEnforced, otherClosed, resumed, resumedAgain, tooEarly, missingRestriction,
                unverifiedClue, networkGap, noOnsite, interviewLapse, followUpLapse, followUpLapseCases,
                creditorNotNotified, databaseLate, otherCannotDispose, unlistedGround };
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
                0.08, 0.07, 0.10, 0.12, 0.15, 0.10, 0.20, 0.40, 0.10, 0.08, 0.05, 0.05);
    }

    /** The default closing modes and resumptions, with every court following every rule. */
    public static DemoMix compliant() {
        DemoMix d = defaults();
        return new DemoMix(d.zhongben, d.fullyEnforced, d.otherClosed, d.resumed, d.resumedAgain,
                0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    /** Share of 执 cases still open. */
    public double open() {
        return Math.max(0, 1 - zhongben - fullyEnforced - otherClosed);
    }
}
