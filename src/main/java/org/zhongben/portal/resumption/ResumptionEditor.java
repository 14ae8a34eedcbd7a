package org.zhongben.portal.resumption;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.zhongben.portal.investigations.Label;

/**
 * What the application editor shows besides the forms: the case as the application will cite it (filled in from the
 * court's file, so the creditor types nothing the court already knows) and the application being put together.
 *
 * @param open the draft, or the application already with the court that further clues join; {@code null} if none
 * @param maxFileBytes the per-file limit, for the browser's early check and the page's hint
 */
public record ResumptionEditor(String caseNumber, String courtName, String applicant, List<String> debtors,
        Label basisType, String basisIssuer, String basisNumber, String rulingNumber, LocalDate ruledOn,
        BigDecimal unperformedAmount, ResumptionView open, List<Label> clueTypes, long maxFileBytes,
        long maxApplicationBytes, int maxFiles, int verificationDays, int urgentVerificationDays) {

    /** Whether the application is still a draft (submitting is the next step) rather than with the court. */
    public boolean draft() {
        return open == null || "DRAFT".equals(open.state().code());
    }
}
