package org.zhongben.portal.compliance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.zhongben.portal.casefile.CaseFile;
import org.zhongben.portal.casefile.vocabulary.ClosingMode;
import org.zhongben.portal.casefile.vocabulary.PartyRole;
import org.zhongben.portal.common.i18n.Languages;
import org.zhongben.portal.common.i18n.Text;
import org.zhongben.portal.followup.FollowUpPlan;
import org.zhongben.portal.followup.FollowUpTracker;

/** The case file and what the checks derive from it, computed once per evaluation. */
final class CheckContext {

    final CaseFile file;
    final LocalDate today;
    final ComplianceSettings settings;
    final Lineage lineage;
    final FollowUpPlan plan;
    /** The day the case was terminated: the ruling date, else the closing date; null when neither is known. */
    final LocalDate cutoff;
    final List<CaseFile.Party> debtors;
    private final Map<String, CaseFile.Party> parties = new HashMap<>();

    CheckContext(CaseFile file, LocalDate today, ComplianceSettings settings, Lineage lineage) {
        this.file = file;
        this.today = today;
        this.settings = settings;
        this.lineage = lineage;
        this.plan = FollowUpTracker.track(file, today, settings.tracker());
        LocalDate ruled = file.ruling() == null ? null : file.ruling().ruledOn();
        this.cutoff = ruled != null ? ruled : terminatedByZhongben(file) ? file.closedOn() : null;
        for (CaseFile.Party party : present(file.parties())) {
            if (party.id() != null) {
                parties.putIfAbsent(party.id(), party);
            }
        }
        this.debtors = present(file.parties()).stream().filter(party -> party.role() == PartyRole.DEBTOR).toList();
    }

    /**
     * The amount left unpaid on the termination day: today's unperformed amount plus what was paid after the ruling.
     * A debt paid later does not change what the pre-termination checks judge.
     */
    BigDecimal unperformedAtCutoff() {
        BigDecimal today = file.unperformedAmount();
        if (today == null || cutoff == null) {
            return today;
        }
        return present(file.payments()).stream()
                .filter(payment -> payment.amount() != null && payment.paidOn() != null && payment.paidOn().isAfter(cutoff))
                .map(CaseFile.Payment::amount).reduce(today, BigDecimal::add);
    }

    /** Whether the case was terminated by 终本 (a ruling exists, or the file says so). */
    boolean terminated() {
        return terminatedByZhongben(file);
    }

    static boolean terminatedByZhongben(CaseFile file) {
        return file.ruling() != null || file.closingMode() == ClosingMode.ZHONGBEN;
    }

    CaseFile.Party party(String id) {
        return id == null ? null : parties.get(id);
    }

    String name(String partyId) {
        CaseFile.Party party = party(partyId);
        return party == null || party.name() == null ? Objects.toString(partyId, "?") : party.name();
    }

    /** Whether a record aimed at {@code targetPartyId} concerns {@code debtor} (no target means the whole case). */
    static boolean concerns(String targetPartyId, CaseFile.Party debtor) {
        return targetPartyId == null || targetPartyId.equals(debtor.id());
    }

    static boolean onOrBefore(LocalDate date, LocalDate limit) {
        return date != null && limit != null && !date.isAfter(limit);
    }

    static String zh(LocalDate date) {
        return date == null ? "?" : Languages.formatDate(date, Languages.ZH);
    }

    static String en(LocalDate date) {
        return date == null ? "?" : Languages.formatDate(date, Languages.EN);
    }

    static String money(BigDecimal amount) {
        return amount == null ? "?" : amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    static Text noRuling() {
        return Text.of("本案没有以终结本次执行程序结案,终本前的规定动作不适用。",
                "The case was not closed by 终本, so the prescribed actions before termination do not apply.");
    }

    static Text noCutoff() {
        return Text.of("案卷没有记载终本裁定日期,无法判断。", "The file has no date for the 终本 ruling, so this cannot be judged.");
    }

    static <T> List<T> present(List<T> list) {
        return list == null ? List.of() : list.stream().filter(Objects::nonNull).toList();
    }
}
