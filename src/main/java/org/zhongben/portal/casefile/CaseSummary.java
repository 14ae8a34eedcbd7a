package org.zhongben.portal.casefile;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.zhongben.portal.casefile.vocabulary.CaseType;
import org.zhongben.portal.casefile.vocabulary.ClosingMode;
import org.zhongben.portal.casefile.vocabulary.PartyRole;

/**
 * One line of a portfolio: a case with what a creditor lists, filters and sorts by. {@code status} is the code of the
 * derived case status; {@code nextFollowUpDue} the earliest follow-up inquiry not yet performed.
 */
public record CaseSummary(long caseId, String caseNumber, String courtCode, String courtName, CaseType caseType,
        LocalDate docketedOn, BigDecimal claimedAmount, BigDecimal unperformedAmount, ClosingMode closingMode,
        LocalDate closedOn, LocalDate ruledOn, PartyRole role, String status, LocalDate nextFollowUpDue) {
}
