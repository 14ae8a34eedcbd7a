package org.zhongben.portal.cases;

import java.time.LocalDate;
import java.util.List;

/**
 * A pre-filled enforcement objection (执行异议申请书) against a 终本 ruling, listing the prescribed actions the court
 * did not do, with their evidence and bases. The filing is in Chinese; English readers get a translation beside it.
 *
 * @param applicant the creditor viewing the page
 * @param recommendedBy the conservative date to file by (60 days from service), or null when service is unknown
 */
public record ObjectionDraft(String caseNumber, String courtName, String applicant, List<String> debtors,
        String rulingNumber, LocalDate ruledOn, LocalDate servedOn, LocalDate recommendedBy, List<Ground> grounds) {

    /** One failed check, in both languages. */
    public record Ground(String code, String titleZh, String titleEn, String explanationZh, String explanationEn,
            String basesZh, String basesEn, List<String> evidenceZh, List<String> evidenceEn) {
    }
}
