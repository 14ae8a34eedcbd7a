package org.zhongben.portal.cases;

import java.time.LocalDate;
import java.util.List;

import org.zhongben.portal.investigations.Label;

/**
 * The rule-by-rule check of a case in the viewer's language: what the page's checklist and
 * {@code GET /api/v1/cases/{caseNumber}/compliance} show.
 *
 * @param engineVersion the rules version and settings the verdicts come from
 * @param evaluatedOn the reference day: post-termination verdicts depend on it
 * @param objection present when a prescribed action before termination was not done: what an objection can cite
 */
public record ComplianceView(String engineVersion, LocalDate evaluatedOn, Counts counts, List<Group> groups,
        Objection objection) {

    public record Counts(int passed, int failed, int unknown, int notApplicable) {
    }

    /** Checks before or after the termination. */
    public record Group(String code, String title, List<Item> items, int failed) {
    }

    /**
     * One check.
     *
     * @param verdict PASS, FAIL, NOT_APPLICABLE or UNKNOWN with its label
     * @param badge CSS class of the verdict badge (the badge carries an icon and the words too)
     * @param confidence the weakest confidence among the bases: a verdict is only as sure as its least certain rule
     * @param remedy what the creditor can do about it; shown with a failed check
     */
    public record Item(String code, String title, Label verdict, String badge, String explanation, List<BasisView> bases,
            Label confidence, List<EvidenceView> evidence, String remedy) {
    }

    /** A legal basis: document and article, and its confidence tag ([C], [S], [R], [P]). */
    public record BasisView(String text, String tag, String confidence) {
    }

    /**
     * A record of the case file the verdict relied on.
     *
     * @param href where the record is shown on the case page, or null when the viewer cannot see it there
     */
    public record EvidenceView(Label kind, String id, String description, String href) {
    }

    /**
     * The objection route when prescribed actions were missing (执行异议, 终本规定 Art. 7 [C]).
     *
     * @param servedOn when the ruling was served on the creditor
     * @param recommendedBy the conservative date to object by (60 days from service); not a legal deadline for 终本
     * @param failedChecks the failed pre-termination checks the draft lists
     */
    public record Objection(String rulingNumber, LocalDate ruledOn, LocalDate servedOn, LocalDate recommendedBy,
            List<Item> failedChecks) {
    }
}
