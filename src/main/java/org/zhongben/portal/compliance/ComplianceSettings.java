package org.zhongben.portal.compliance;

import java.math.BigDecimal;
import java.util.Objects;

import org.zhongben.portal.followup.TrackerSettings;

/**
 * Thresholds that are practice rather than law (domain.md §10.3), configurable under {@code portal.compliance.*}
 * with documented defaults. They are part of the engine version stored with every result, so changing one
 * recomputes all cases.
 *
 * @param networkFreshnessDays the pre-termination national query must have been submitted at most this many days
 *        before the ruling (an unofficial court-side check uses 91); 0 turns the freshness check off
 * @param negligibleAmount a found balance at or below this amount may be left undisposed ...
 * @param negligibleShare ... if it is also at most this share of the unperformed amount
 * @param exOfficioResumptionDays after a follow-up inquiry found property, the court is expected to resume within
 *        this many days
 * @param tracker the follow-up tracker's windows
 */
public record ComplianceSettings(int networkFreshnessDays, BigDecimal negligibleAmount, BigDecimal negligibleShare,
        int exOfficioResumptionDays, TrackerSettings tracker) {

    public ComplianceSettings {
        Objects.requireNonNull(negligibleAmount, "negligibleAmount");
        Objects.requireNonNull(negligibleShare, "negligibleShare");
        Objects.requireNonNull(tracker, "tracker");
        if (networkFreshnessDays < 0 || exOfficioResumptionDays < 0 || negligibleAmount.signum() < 0
                || negligibleShare.signum() < 0) {
            throw new IllegalArgumentException("compliance thresholds must not be negative");
        }
    }

    /** The documented defaults: 91 days, RMB 1,000 and 5%, 30 days. */
    public static ComplianceSettings defaults() {
        return new ComplianceSettings(91, new BigDecimal("1000"), new BigDecimal("0.05"), 30,
                TrackerSettings.defaults());
    }

    /** A short stable fingerprint of the values, stored with results so a change triggers recomputation. */
    String fingerprint() {
        return networkFreshnessDays + "/" + negligibleAmount.stripTrailingZeros().toPlainString() + "/"
                + negligibleShare.stripTrailingZeros().toPlainString() + "/" + exOfficioResumptionDays + "/"
                + tracker.followUpGraceDays() + "/" + tracker.followUpNoticeDays() + "/" + tracker.expiryWarningDays()
                + "/" + tracker.expiryUrgentDays() + "/" + tracker.creditorDeadlineUrgentDays();
    }
}
