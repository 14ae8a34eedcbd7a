package org.zhongben.portal.investigations;

import java.time.LocalDate;

import org.zhongben.portal.casefile.CaseFile;
import org.zhongben.portal.casefile.vocabulary.AssetCategory;
import org.zhongben.portal.casefile.vocabulary.RequestedBy;

/**
 * Dates that rules set for investigation steps, shared by the investigation record and the case timeline so both
 * measure against the same day.
 */
public final class Deadlines {

    /** Clear clues are verified within 7 days of receipt (财产调查规定 Art. 2 [C]). */
    public static final int CLUE_VERIFICATION_DAYS = 7;
    /** Urgent clues within 3 days (财产调查规定 Art. 2 [C]). */
    public static final int URGENT_CLUE_VERIFICATION_DAYS = 3;
    /** Audit and reward applications are decided within 10 days (财产调查规定 Art. 17, 21 [C]). */
    public static final int MEASURE_DECISION_DAYS = 10;
    /**
     * A control measure this close to expiry is shown as expiring so the creditor can ask for renewal (续行) in time.
     * Portal choice (domain.md §10.2 P4), not a rule.
     */
    public static final int EXPIRY_WARNING_DAYS = 30;
    /** The last week before expiry is shown as urgent. Portal choice. */
    public static final int EXPIRY_URGENT_DAYS = 7;

    private Deadlines() {
    }

    /** The day a clue must be verified by; {@code null} when the clue has no submission date. */
    public static LocalDate clueVerificationDue(CaseFile.Clue clue) {
        if (clue == null || clue.submittedOn() == null) {
            return null;
        }
        boolean urgent = Boolean.TRUE.equals(clue.urgent());
        return clue.submittedOn().plusDays(urgent ? URGENT_CLUE_VERIFICATION_DAYS : CLUE_VERIFICATION_DAYS);
    }

    /**
     * The day an audit or reward application must be decided by; {@code null} for other measures, for measures the
     * court started itself, and when the application date is missing.
     */
    public static LocalDate measureDecisionDue(CaseFile.Measure measure) {
        if (measure == null || measure.type() == null || !measure.type().decidedOnApplication()
                || measure.requestedOn() == null
                || measure.requestedBy() == RequestedBy.COURT) {
            return null;
        }
        return measure.requestedOn().plusDays(MEASURE_DECISION_DAYS);
    }

    /** The expiry in force: the last renewal's, else the original one. */
    public static LocalDate currentExpiry(CaseFile.Control control) {
        LocalDate current = control.expiresOn();
        for (CaseFile.Renewal renewal : control.renewals()) {
            if (renewal != null && renewal.expiresOn() != null) {
                current = renewal.expiresOn();
            }
        }
        return current;
    }

    /**
     * The longest term, in months, one control measure or renewal may have for {@code category} (民诉法解释 Art. 485
     * [C]); {@code null} when the category is unknown.
     */
    public static Integer maxControlMonths(AssetCategory category) {
        return category == null ? null : category.controlTerm().months();
    }
}
