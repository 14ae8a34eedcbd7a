package org.zhongben.portal.cases;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.zhongben.portal.investigations.Label;

/** One row of the portfolio, in the viewer's language. */
public record CaseSummaryView(String caseNumber, String href, String courtCode, String courtName, Label caseType,
        Label status, Label role, LocalDate docketedOn, BigDecimal claimedAmount, BigDecimal unperformedAmount,
        LocalDate nextFollowUpDue, boolean followUpOverdue) {
}
