package org.zhongben.portal.compliance;

import java.math.BigDecimal;
import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code portal.compliance.*}: thresholds that are practice rather than law, and the refresh job. */
@ConfigMapping(prefix = "portal.compliance")
public interface ComplianceConfig {

    /** C7: the pre-termination national query must be at most this many days old at the ruling; 0 = off. */
    @WithDefault("91")
    int networkFreshnessDays();

    /** C10: a balance at or below this (yuan) ... */
    @WithDefault("1000")
    BigDecimal negligibleAmount();

    /** ... and at most this share of the unperformed amount may be left undisposed. */
    @WithDefault("0.05")
    BigDecimal negligibleShare();

    /** P10: days the court has to resume after a follow-up inquiry found property. */
    @WithDefault("30")
    int exOfficioResumptionDays();

    /** How often stored results whose verdict may have changed with the date are recomputed. */
    @WithDefault("1h")
    Duration refreshInterval();

    /** Cases recomputed per round trip by the refresh job. */
    @WithDefault("200")
    int refreshBatchSize();
}
