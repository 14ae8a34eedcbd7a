package org.zhongben.portal.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One court's (or the nation's, court code "") figures for one year, with the shares computed from them. A share is
 * {@code null} when nothing was counted (no division by zero shown as 0%).
 */
public record CourtYear(String courtCode, String courtName, int year, long closed, long zhongben, long evaluated,
        long allChecksPassed, long repeated, long followUpsDue, long followUpsOnTime, long resumptionSubmitted,
        long resumptionDecided, long resumptionAccepted, BigDecimal resumptionMedianDays, long resumptionOverdue,
        OffsetDateTime refreshedAt) {

    /** Share of closures that were 终本, in percent. */
    @JsonProperty
    public BigDecimal zhongbenShare() {
        return percent(zhongben, closed);
    }

    /** Share of evaluated 终本 cases that failed no pre-termination check. */
    @JsonProperty
    public BigDecimal compliantShare() {
        return percent(allChecksPassed, evaluated);
    }

    @JsonProperty
    public BigDecimal followUpOnTimeShare() {
        return percent(followUpsOnTime, followUpsDue);
    }

    @JsonProperty
    public BigDecimal resumptionAcceptedShare() {
        return percent(resumptionAccepted, resumptionDecided);
    }

    @JsonProperty
    public BigDecimal resumptionOverdueShare() {
        return percent(resumptionOverdue, resumptionSubmitted);
    }

    static BigDecimal percent(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
