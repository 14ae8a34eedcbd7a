package org.zhongben.portal.registry;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.zhongben.portal.investigations.Label;

/**
 * One published registry entry, with nothing but the public fields: the debtor's name, a natural person's masked ID
 * number or an organisation's credit code, the case and the money.
 *
 * @param inFollowUpWindow within five years of the 终本 ruling, while the court still owes six-monthly inquiries
 * @param ref the entry's reference, for a correction request
 */
public record RegistryEntry(String courtCode, String courtName, String caseNumber, String debtorName, Label debtorKind,
        String idNumberMasked, String creditCode, BigDecimal unperformedAmount, LocalDate docketedOn,
        LocalDate zhongbenOn, boolean inFollowUpWindow, String ref) {
}
