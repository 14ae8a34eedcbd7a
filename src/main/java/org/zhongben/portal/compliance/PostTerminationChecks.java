package org.zhongben.portal.compliance;

import static org.zhongben.portal.compliance.CheckContext.en;
import static org.zhongben.portal.compliance.CheckContext.present;
import static org.zhongben.portal.compliance.CheckContext.zh;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.zhongben.portal.casefile.CaseFile;
import org.zhongben.portal.casefile.StoredCaseFile;
import org.zhongben.portal.casefile.vocabulary.AssetStatus;
import org.zhongben.portal.casefile.vocabulary.ClosingMode;
import org.zhongben.portal.casefile.vocabulary.ClueResult;
import org.zhongben.portal.casefile.vocabulary.FollowUpResult;
import org.zhongben.portal.casefile.vocabulary.ObjectionKind;
import org.zhongben.portal.casefile.vocabulary.PartyKind;
import org.zhongben.portal.casefile.vocabulary.RestrictionLiftReason;
import org.zhongben.portal.common.i18n.Text;
import org.zhongben.portal.followup.FollowUpSchedule;
import org.zhongben.portal.followup.FollowUpTracker;
import org.zhongben.portal.followup.ItemKind;
import org.zhongben.portal.followup.TrackedItem;
import org.zhongben.portal.investigations.Deadlines;

/**
 * P1–P15: what the court owes after the 终本 ruling and what the creditor should know (domain.md §10.2). Unlike the
 * pre-termination checks these depend on the reference day: a deadline that has not passed yet is not a failure, and
 * the result says on which day it could become one.
 */
final class PostTerminationChecks {

    /** 终本 database entry within 7 days of service (终本规定 Art. 12 [R]). */
    static final int DATABASE_ENTRY_DAYS = 7;
    /** Correction and shielding within 3 days (终本规定 Arts. 14 and 18 [R]). */
    static final int CORRECTION_DAYS = 3;
    static final int SHIELDING_DAYS = 3;
    /** An objection is docketed within 3 days of receipt (异议复议规定 Art. 2 [C]). */
    static final int OBJECTION_DOCKETING_DAYS = 3;
    /** Six months without enforcement lets the creditor turn to the higher court (民事诉讼法 Art. 237 [C]). */
    static final int SIX_MONTHS = 6;
    /** The application period for enforcement (民事诉讼法 Art. 250 [C]). */
    static final int LIMITATION_YEARS = 2;
    static final Set<AssetStatus> UNENFORCED = EnumSet.of(AssetStatus.FOUND, AssetStatus.CONTROLLED,
            AssetStatus.IN_DISPOSAL);

    private PostTerminationChecks() {
    }

    // ---------------------------------------------------------------- P1 database entry

    static CheckResult p1(CheckContext ctx) {
        if (!ctx.terminated()) {
            return Findings.notApplicable(CheckCode.P1, CheckContext.noRuling());
        }
        Findings found = new Findings(CheckCode.P1).evidence(PreTerminationChecks.rulingDocument(ctx));
        CaseFile.Ruling ruling = ctx.file.ruling();
        if (ruling == null || ruling.servedOn() == null) {
            return found.unknown(Text.of("案卷没有记载终本裁定的送达日期。", "The file does not say when the ruling was served."))
                    .result(null);
        }
        LocalDate due = ruling.servedOn().plusDays(DATABASE_ENTRY_DAYS);
        LocalDate entered = ctx.file.databaseEntry() == null ? null : ctx.file.databaseEntry().enteredOn();
        if (entered != null) {
            return (entered.isAfter(due)
                    ? found.fail(Text.of("裁定于" + zh(ruling.servedOn()) + "送达," + zh(entered) + "才录入终本案件信息库,超过7日。",
                            "The ruling was served on " + en(ruling.servedOn()) + " but the case was entered into the "
                                    + "database only on " + en(entered) + ", more than 7 days later."))
                    : found.pass(Text.of("已于" + zh(entered) + "录入终本案件信息库。",
                            "Entered into the 终本 database on " + en(entered) + ".")))
                    .result(null);
        }
        if (ctx.today.isAfter(due)) {
            return found.fail(Text.of("裁定于" + zh(ruling.servedOn()) + "送达,至今没有录入终本案件信息库(应在" + zh(due) + "前)。",
                    "The ruling was served on " + en(ruling.servedOn()) + " and the case is still not in the "
                            + "database (due by " + en(due) + ")."))
                    .result(null);
        }
        return Findings.notApplicable(CheckCode.P1, Text.of("应在" + zh(due) + "前录入终本案件信息库。",
                "The case is due to be entered into the database by " + en(due) + "."), due.plusDays(1));
    }

    // ---------------------------------------------------------------- P2 the ten follow-up inquiries

    static CheckResult p2(CheckContext ctx) {
        Findings found = new Findings(CheckCode.P2);
        if (ctx.plan.inquiries().isEmpty()) {
            return ctx.terminated() && ctx.plan.ruledOn() == null
                    ? found.unknown(CheckContext.noCutoff()).result(null)
                    : Findings.notApplicable(CheckCode.P2, CheckContext.noRuling());
        }
        int grace = ctx.settings.tracker().followUpGraceDays();
        for (TrackedItem inquiry : ctx.plan.inquiries()) {
            if (inquiry.sequence() == null) {
                continue;
            }
            int n = inquiry.sequence();
            Evidence evidence = Evidence.of(EvidenceKind.NETWORK_QUERY, inquiry.sourceId());
            switch (inquiry.state()) {
                case OVERDUE -> found.fail(Text.of("第" + n + "次定期查询应于" + zh(inquiry.dueOn()) + "进行,至今没有记录。",
                        "Follow-up inquiry " + n + " was due on " + en(inquiry.dueOn()) + " and has not been recorded."));
                case DONE_LATE -> found.fail(Text.of("第" + n + "次定期查询应于" + zh(inquiry.dueOn()) + "进行," + zh(inquiry.doneOn())
                        + "才进行(逾期超过" + grace + "日)。",
                        "Follow-up inquiry " + n + " was due on " + en(inquiry.dueOn()) + " but made only on "
                                + en(inquiry.doneOn()) + " (more than " + grace + " days late)."),
                        evidence);
                case DONE -> found.pass(Text.of("第" + n + "次定期查询已于" + zh(inquiry.doneOn()) + "进行。",
                        "Follow-up inquiry " + n + " was made on " + en(inquiry.doneOn()) + "."), evidence);
                case DUE, DUE_SOON, UPCOMING, URGENT -> found.changesOn(inquiry.dueOn().plusDays(grace + 1L));
                case NOT_OWED -> {
                }
            }
            if (inquiry.doneOn() != null && inquiry.creditorNotifiedOn() == null) {
                LocalDate tellBy = inquiry.doneOn().plusDays(grace);
                if (ctx.today.isAfter(tellBy)) {
                    found.fail(Text.of("第" + n + "次定期查询(" + zh(inquiry.doneOn()) + ")的结果没有告知申请执行人。",
                            "The result of follow-up inquiry " + n + " (" + en(inquiry.doneOn())
                                    + ") was not told to the creditor."),
                            evidence);
                } else {
                    found.changesOn(tellBy.plusDays(1));
                }
            }
        }
        TrackedItem next = ctx.plan.nextInquiry();
        return found.result(next == null
                ? Text.of("没有到期的定期查询。", "No follow-up inquiry has fallen due.")
                : Text.of("第" + next.sequence() + "次定期查询应于" + zh(next.dueOn()) + "进行。",
                        "Follow-up inquiry " + next.sequence() + " is due on " + en(next.dueOn()) + "."));
    }

    // ---------------------------------------------------------------- P3 the five-year window

    static CheckResult p3(CheckContext ctx) {
        Findings found = new Findings(CheckCode.P3);
        LocalDate ruledOn = ctx.plan.ruledOn();
        if (ruledOn == null) {
            return ctx.terminated() ? found.unknown(CheckContext.noCutoff()).result(null)
                    : Findings.notApplicable(CheckCode.P3, CheckContext.noRuling());
        }
        LocalDate ends = FollowUpSchedule.windowEnds(ruledOn);
        if (ctx.today.isAfter(ends)) {
            return Findings.notApplicable(CheckCode.P3, Text.of("五年跟踪期已于" + zh(ends) + "结束,法院不再需要定期查询;您仍可随时申请恢复执行。",
                    "The five-year period ended on " + en(ends) + "; the court no longer has to query, but you may "
                            + "still apply to resume at any time."));
        }
        LocalDate stop = FollowUpTracker.dutyStops(ctx.file);
        if (stop != null && !stop.isAfter(ctx.today)) {
            return Findings.notApplicable(CheckCode.P3, Text.of("定期查询义务已于" + zh(stop) + "结束(案件已恢复执行、屏蔽或结案)。",
                    "The follow-up duty ended on " + en(stop) + " (the case was resumed, shielded or closed)."));
        }
        return found.pass(Text.of("法院在" + zh(ends) + "之前每六个月应查询一次被执行人的财产并告知您结果。",
                "Until " + en(ends) + " the court must query the debtor's property every six months and tell you "
                        + "the result."),
                PreTerminationChecks.rulingDocument(ctx))
                .changesOn(ends.plusDays(1)).result(null);
    }

    // ---------------------------------------------------------------- P4 freezes and seizures in force

    static CheckResult p4(CheckContext ctx) {
        Findings found = new Findings(CheckCode.P4);
        for (CaseFile.Control control : present(ctx.file.controls())) {
            termWithinLimit(ctx, found, control);
        }
        for (TrackedItem item : ctx.plan.deadlines()) {
            if (item.kind() != ItemKind.CONTROL_EXPIRY) {
                continue;
            }
            Evidence evidence = Evidence.of(EvidenceKind.CONTROL, item.sourceId());
            LocalDate expiry = item.dueOn();
            switch (item.state()) {
                case OVERDUE -> found.fail(Text.of("查封、冻结、扣押措施已于" + zh(expiry) + "到期,没有续行,已经失效。",
                        "A freeze or seizure expired on " + en(expiry) + " without renewal and has lapsed."), evidence);
                case URGENT, DUE_SOON -> found.fail(Text.of("查封、冻结、扣押措施将于" + zh(expiry) + "到期,请尽快申请续行。",
                        "A freeze or seizure expires on " + en(expiry) + ": apply for renewal now."), evidence)
                        .changesOn(expiry.plusDays(1));
                default -> found.pass(Text.of("查封、冻结、扣押措施有效至" + zh(expiry) + "。",
                        "A freeze or seizure is in force until " + en(expiry) + "."), evidence)
                        .changesOn(item.alerts().get(org.zhongben.portal.followup.AlertStage.WARNING));
            }
        }
        return found.result(Text.of("没有仍然有效的查封、冻结、扣押措施。", "No freeze or seizure is in force."));
    }

    /** A measure and each renewal may last at most 1, 2 or 3 years by kind of property (民诉法解释 Art. 485 [C]). */
    private static void termWithinLimit(CheckContext ctx, Findings found, CaseFile.Control control) {
        CaseFile.Asset asset = present(ctx.file.assets()).stream()
                .filter(candidate -> candidate.id() != null && candidate.id().equals(control.assetId())).findFirst()
                .orElse(null);
        Integer months = asset == null ? null : Deadlines.maxControlMonths(asset.category());
        if (months == null || control.effectiveOn() == null || control.expiresOn() == null) {
            return;
        }
        Evidence evidence = Evidence.of(EvidenceKind.CONTROL, control.id());
        if (control.expiresOn().isAfter(control.effectiveOn().plusMonths(months))) {
            found.fail(Text.of("查封、冻结、扣押期限(" + zh(control.effectiveOn()) + "至" + zh(control.expiresOn()) + ")超过了法定最长" + months
                    + "个月。",
                    "The measure runs from " + en(control.effectiveOn()) + " to " + en(control.expiresOn())
                            + ", longer than the " + months + " months allowed."),
                    evidence);
        }
        LocalDate previous = control.expiresOn();
        for (CaseFile.Renewal renewal : control.renewals()) {
            if (renewal.expiresOn() != null && previous != null && renewal.expiresOn().isAfter(previous.plusMonths(months))) {
                found.fail(Text.of("续行期限至" + zh(renewal.expiresOn()) + ",超过了每次最长" + months + "个月。",
                        "A renewal runs to " + en(renewal.expiresOn()) + ", longer than the " + months
                                + " months each renewal may last."),
                        evidence);
            }
            previous = renewal.expiresOn();
        }
    }

    // ---------------------------------------------------------------- P5 失信 deletion after two empty inquiries

    static CheckResult p5(CheckContext ctx) {
        Findings found = new Findings(CheckCode.P5);
        LocalDate ruledOn = ctx.plan.ruledOn();
        if (ruledOn == null) {
            return Findings.notApplicable(CheckCode.P5, CheckContext.noRuling());
        }
        List<CaseFile.Listing> listings = present(ctx.file.listings()).stream()
                .filter(listing -> listing.decidedOn() != null
                        && (listing.deletedOn() == null || listing.deletedOn().isAfter(ruledOn)))
                .toList();
        if (listings.isEmpty()) {
            return Findings.notApplicable(CheckCode.P5, Text.of("终本后没有被执行人在失信名单上。",
                    "No debtor was on the dishonest-debtor list after the termination."));
        }
        LocalDate ground = FollowUpTracker.dishonestDeletionGround(ctx.file);
        if (ground == null) {
            List<LocalDate> empty = present(ctx.file.followUps()).stream()
                    .filter(followUp -> followUp.result() == FollowUpResult.NOTHING_FOUND && followUp.performedOn() != null
                            && followUp.performedOn().isAfter(ruledOn))
                    .map(CaseFile.FollowUp::performedOn).sorted().toList();
            found.evidence(listings.stream().map(listing -> Evidence.of(EvidenceKind.LISTING, listing.id()))
                    .toArray(Evidence[]::new));
            if (empty.size() >= 2) {
                // two empty inquiries and still no ground: a clue came in time (the tracker's rule)
                LocalDate second = empty.get(1);
                found.evidence(present(ctx.file.clues()).stream()
                        .filter(clue -> clue.submittedOn() != null && clue.submittedOn().isAfter(ruledOn)
                                && !clue.submittedOn().isAfter(second) && clue.result() != ClueResult.NOT_CONFIRMED)
                        .map(clue -> Evidence.of(EvidenceKind.CLUE, clue.id())).toArray(Evidence[]::new));
            }
            return found.pass(empty.isEmpty()
                    ? Text.of("失信名单继续有效;终本后两次定期查询均无财产且无人提供有效线索时,名单应当删除。",
                            "The listing stays; it ends once two follow-up inquiries after termination find nothing and "
                                    + "nobody supplies a valid clue.")
                    : empty.size() == 1
                            ? Text.of("终本后已有一次定期查询没有发现财产;下一次查询仍无财产且没有新线索的,失信名单将被删除。",
                                    "One follow-up inquiry has found nothing; if the next one finds nothing and no new "
                                            + "clue arrives, the debtor comes off the dishonest-debtor list.")
                            : Text.of("终本后两次定期查询没有发现财产,但第二次查询前有人提供了财产线索,失信名单继续有效。",
                                    "Two follow-up inquiries found nothing, but a property clue came in before the "
                                            + "second one, so the listing stays."))
                    .result(null);
        }
        for (TrackedItem item : ctx.plan.deadlines()) {
            if (item.kind() != ItemKind.DISHONEST_DELETION) {
                continue;
            }
            Evidence evidence = Evidence.of(EvidenceKind.LISTING, item.sourceId());
            switch (item.state()) {
                case DONE -> found.pass(Text.of("两次查询无财产后,失信名单已于" + zh(item.doneOn()) + "按期删除。",
                        "After two empty inquiries the listing was deleted in time, on " + en(item.doneOn()) + "."),
                        evidence);
                case DONE_LATE -> found.fail(Text.of("两次查询无财产后,失信名单应在" + zh(item.dueOn()) + "前删除," + zh(item.doneOn()) + "才删除。",
                        "After two empty inquiries the listing should have been deleted by " + en(item.dueOn())
                                + "; it was deleted on " + en(item.doneOn()) + "."),
                        evidence);
                case OVERDUE -> found.fail(Text.of("两次查询无财产且无人提供有效线索,失信名单应在" + zh(item.dueOn()) + "前删除,至今仍未删除。",
                        "Two inquiries found nothing and no valid clue came, so the listing was due to be deleted by "
                                + en(item.dueOn()) + "; it has not been."),
                        evidence);
                default -> found.changesOn(item.dueOn().plusDays(1));
            }
        }
        return found.result(Text.of("失信名单应在3个工作日内删除(节假日未计入)。",
                "The listing is due to be deleted within 3 working days (public holidays not counted)."));
    }

    // ---------------------------------------------------------------- P6 restriction still active

    static CheckResult p6(CheckContext ctx) {
        if (!ctx.terminated() || ctx.cutoff == null) {
            return Findings.notApplicable(CheckCode.P6, CheckContext.noRuling());
        }
        Findings found = new Findings(CheckCode.P6);
        boolean paid = ctx.file.unperformedAmount() != null && ctx.file.unperformedAmount().signum() <= 0
                || ctx.file.closingMode() == ClosingMode.FULLY_ENFORCED;
        for (CaseFile.Restriction restriction : present(ctx.file.restrictions())) {
            if (restriction.issuedOn() == null || restriction.issuedOn().isAfter(ctx.cutoff)) {
                continue;
            }
            Evidence evidence = Evidence.of(EvidenceKind.RESTRICTION, restriction.id());
            String who = restriction.personName() != null ? restriction.personName() : ctx.name(restriction.partyId());
            if (restriction.liftedOn() == null) {
                found.pass(Text.of("对" + who + "的限制消费令仍然有效。", "The restriction on " + who + " is still in force."),
                        evidence);
                continue;
            }
            if (!restriction.liftedOn().isAfter(ctx.cutoff)) {
                continue; // lifted before the ruling: C4 judges that
            }
            RestrictionLiftReason reason = restriction.liftReason();
            boolean justified = reason == RestrictionLiftReason.SECURITY_PROVIDED
                    || reason == RestrictionLiftReason.CREDITOR_CONSENT
                    || reason == RestrictionLiftReason.PERFORMED && paid;
            if (justified) {
                found.pass(Text.of("对" + who + "的限制消费令于" + zh(restriction.liftedOn()) + "解除,理由:" + reason.zh() + "。",
                        "The restriction on " + who + " was lifted on " + en(restriction.liftedOn()) + ": "
                                + reason.en().toLowerCase(java.util.Locale.ROOT) + "."),
                        evidence);
            } else {
                found.fail(Text.of("对" + who + "的限制消费令于" + zh(restriction.liftedOn()) + "解除,但债务没有履行完毕、没有提供担保,也没有申请执行人同意。",
                        "The restriction on " + who + " was lifted on " + en(restriction.liftedOn())
                                + " although the debt is unpaid, no security was given and the creditor did not agree."),
                        evidence);
            }
        }
        return found.result(Text.of("终本时没有限制消费令(见C4)。", "There was no consumption restriction at termination (see C4)."));
    }

    // ---------------------------------------------------------------- P7 shielding after performance

    static CheckResult p7(CheckContext ctx) {
        CaseFile.DatabaseEntry entry = ctx.file.databaseEntry();
        if (entry == null || entry.enteredOn() == null) {
            return Findings.notApplicable(CheckCode.P7, Text.of("本案没有录入终本案件信息库。", "The case is not in the 终本 database."));
        }
        boolean performed = ctx.file.closingMode() == ClosingMode.FULLY_ENFORCED
                || ctx.file.unperformedAmount() != null && ctx.file.unperformedAmount().signum() <= 0;
        boolean terminated = ctx.file.closingMode() == ClosingMode.TERMINATED;
        if (!performed && !terminated) {
            return Findings.notApplicable(CheckCode.P7, Text.of("债务尚未履行完毕,也没有终结执行,信息不需要屏蔽。",
                    "The debt is not paid and enforcement has not finally ended, so the entry stays public."));
        }
        Findings found = new Findings(CheckCode.P7);
        LocalDate ground = ctx.file.closedOn() != null && ctx.file.closingMode() != ClosingMode.ZHONGBEN
                ? ctx.file.closedOn()
                : present(ctx.file.payments()).stream().map(CaseFile.Payment::paidOn)
                        .filter(java.util.Objects::nonNull).max(LocalDate::compareTo).orElse(null);
        if (ground == null) {
            return found.unknown(Text.of("案卷没有记载履行完毕或终结执行的日期。",
                    "The file does not say when the debt was paid or enforcement ended.")).result(null);
        }
        LocalDate due = ground.plusDays(SHIELDING_DAYS);
        if (entry.shieldedOn() == null) {
            if (ctx.today.isAfter(due)) {
                return found
                        .fail(Text.of("已于" + zh(ground) + (performed ? "履行完毕" : "终结执行") + ",终本案件信息至今没有屏蔽(应在" + zh(due) + "前)。",
                                (performed ? "The debt was paid" : "Enforcement ended") + " on " + en(ground)
                                        + " but the entry is still public (due to be shielded by " + en(due) + ")."))
                        .result(null);
            }
            return Findings.notApplicable(CheckCode.P7, Text.of("信息应在" + zh(due) + "前屏蔽。",
                    "The entry is due to be shielded by " + en(due) + "."), due.plusDays(1));
        }
        return (entry.shieldedOn().isAfter(due)
                ? found.fail(Text.of("信息应在" + zh(due) + "前屏蔽," + zh(entry.shieldedOn()) + "才屏蔽。",
                        "The entry should have been shielded by " + en(due) + "; it was shielded on "
                                + en(entry.shieldedOn()) + "."))
                : found.pass(Text.of("信息已于" + zh(entry.shieldedOn()) + "按期屏蔽。",
                        "The entry was shielded in time, on " + en(entry.shieldedOn()) + ".")))
                .result(null);
    }

    // ---------------------------------------------------------------- P8 correction requests

    static CheckResult p8(CheckContext ctx) {
        CaseFile.DatabaseEntry entry = ctx.file.databaseEntry();
        if (entry == null || entry.corrections().isEmpty()) {
            return Findings.notApplicable(CheckCode.P8, Text.of("没有申请更正终本案件信息。", "No correction of the entry was requested."));
        }
        Findings found = new Findings(CheckCode.P8);
        for (CaseFile.Correction correction : present(entry.corrections())) {
            LocalDate asked = correction.requestedOn();
            if (correction.decidedOn() == null) {
                continue; // no rule sets a time for the decision itself
            }
            if (!Boolean.TRUE.equals(correction.errorConfirmed())) {
                found.pass(Text.of(zh(asked) + "的更正申请经审查认为信息无误。",
                        "The correction requested on " + en(asked) + " was examined; the entry was found correct."));
                continue;
            }
            LocalDate due = correction.decidedOn().plusDays(CORRECTION_DAYS);
            if (correction.correctedOn() == null) {
                if (ctx.today.isAfter(due)) {
                    found.fail(Text.of(zh(correction.decidedOn()) + "确认信息有误,至今没有更正(应在" + zh(due) + "前)。",
                            "An error confirmed on " + en(correction.decidedOn()) + " is still not corrected (due by "
                                    + en(due) + ")."));
                } else {
                    found.changesOn(due.plusDays(1));
                }
            } else if (correction.correctedOn().isAfter(due)) {
                found.fail(Text.of(zh(correction.decidedOn()) + "确认信息有误," + zh(correction.correctedOn()) + "才更正,超过3日。",
                        "An error confirmed on " + en(correction.decidedOn()) + " was corrected only on "
                                + en(correction.correctedOn()) + ", more than 3 days later."));
            } else {
                found.pass(Text.of("确认有误的信息已于" + zh(correction.correctedOn()) + "按期更正。",
                        "The confirmed error was corrected in time, on " + en(correction.correctedOn()) + "."));
            }
        }
        return found.result(Text.of("更正申请尚在审查中。", "The correction request is being examined."));
    }

    // ---------------------------------------------------------------- P9 clues after 终本 verified in time

    static CheckResult p9(CheckContext ctx) {
        if (!ctx.terminated() || ctx.cutoff == null) {
            return Findings.notApplicable(CheckCode.P9, CheckContext.noRuling());
        }
        Findings found = new Findings(CheckCode.P9);
        for (TrackedItem item : ctx.plan.deadlines()) {
            if (item.kind() != ItemKind.CLUE_VERIFICATION || !item.startsOn().isAfter(ctx.cutoff)) {
                continue;
            }
            Evidence evidence = Evidence.of(EvidenceKind.CLUE, item.sourceId());
            switch (item.state()) {
                case OVERDUE -> found.fail(Text.of(zh(item.startsOn()) + "提交的财产线索应在" + zh(item.dueOn()) + "前核查,至今没有结果。",
                        "The clue submitted on " + en(item.startsOn()) + " was due to be verified by " + en(item.dueOn())
                                + " and still has no result."),
                        evidence);
                case DONE_LATE -> found.fail(
                        Text.of(zh(item.startsOn()) + "提交的财产线索应在" + zh(item.dueOn()) + "前核查," + zh(item.doneOn()) + "才核查。",
                                "The clue submitted on " + en(item.startsOn()) + " was due to be verified by "
                                        + en(item.dueOn())
                                        + " but was verified on " + en(item.doneOn()) + "."),
                        evidence);
                case DONE -> {
                    if (item.doneOn() == null) {
                        found.unknown(Text.of(zh(item.startsOn()) + "提交的财产线索有核查结果,但没有核查日期。",
                                "The clue submitted on " + en(item.startsOn())
                                        + " has a result but no verification date."),
                                evidence);
                    } else {
                        found.pass(Text.of(zh(item.startsOn()) + "提交的财产线索已按期核查。",
                                "The clue submitted on " + en(item.startsOn()) + " was verified in time."), evidence);
                    }
                }
                default -> found.changesOn(item.dueOn().plusDays(1));
            }
        }
        return found.result(Text.of("终本后没有提交财产线索,或线索尚在核查期限内。",
                "No clue was submitted after the termination, or the time to verify it has not run out."));
    }

    // ---------------------------------------------------------------- P10 ex officio resumption

    static CheckResult p10(CheckContext ctx) {
        Findings found = new Findings(CheckCode.P10);
        int window = ctx.settings.exOfficioResumptionDays();
        for (CaseFile.FollowUp followUp : present(ctx.file.followUps())) {
            if (followUp.result() != FollowUpResult.PROPERTY_FOUND || followUp.performedOn() == null) {
                continue;
            }
            LocalDate foundOn = followUp.performedOn();
            LocalDate due = foundOn.plusDays(window);
            Evidence evidence = Evidence.of(EvidenceKind.NETWORK_QUERY, followUp.networkQueryId());
            StoredCaseFile.ChildCase child = ctx.lineage.children().stream()
                    .filter(candidate -> candidate.docketedOn() != null && !candidate.docketedOn().isBefore(foundOn))
                    .min((a, b) -> a.docketedOn().compareTo(b.docketedOn())).orElse(null);
            if (child != null) {
                Evidence childCase = Evidence.of(EvidenceKind.CASE, child.caseNumber());
                if (child.docketedOn().isAfter(due)) {
                    found.fail(Text.of(zh(foundOn) + "的定期查询发现了财产," + zh(child.docketedOn()) + "才恢复执行,超过" + window + "日。",
                            "The inquiry of " + en(foundOn) + " found property but enforcement resumed only on "
                                    + en(child.docketedOn()) + ", more than " + window + " days later."),
                            evidence, childCase);
                } else {
                    found.pass(
                            Text.of(zh(foundOn) + "的定期查询发现财产后,已于" + zh(child.docketedOn()) + "恢复执行(" + child.caseNumber()
                                    + ")。",
                                    "After the inquiry of " + en(foundOn) + " found property, enforcement resumed on "
                                            + en(child.docketedOn()) + " (" + child.caseNumber() + ")."),
                            evidence, childCase);
                }
            } else if (Boolean.TRUE.equals(followUp.ledToResumption())) {
                found.pass(Text.of(zh(foundOn) + "的定期查询发现财产,法院已恢复执行。",
                        "The inquiry of " + en(foundOn) + " found property and the court resumed enforcement."), evidence);
            } else if (ctx.today.isAfter(due)) {
                found.fail(Text.of(zh(foundOn) + "的定期查询发现了财产,但至今没有恢复执行。",
                        "The inquiry of " + en(foundOn) + " found property, but enforcement has not resumed."), evidence);
            } else {
                found.changesOn(due.plusDays(1));
            }
        }
        return found.result(Text.of("定期查询没有发现财产,或发现财产后尚在等待期限内。",
                "No follow-up inquiry found property, or the waiting time after one has not run out."));
    }

    // ---------------------------------------------------------------- P11 repeated termination

    static CheckResult p11(CheckContext ctx) {
        long own = ctx.terminated() ? 1 : 0;
        long later = ctx.lineage.children().stream().filter(child -> child.closingMode() == ClosingMode.ZHONGBEN).count();
        long total = ctx.lineage.earlierTerminations() + own + later;
        if (total == 0) {
            return Findings.notApplicable(CheckCode.P11, CheckContext.noRuling());
        }
        Findings found = new Findings(CheckCode.P11);
        found.evidence(ctx.lineage.children().stream().filter(child -> child.closingMode() == ClosingMode.ZHONGBEN)
                .map(child -> Evidence.of(EvidenceKind.CASE, child.caseNumber())).toArray(Evidence[]::new));
        if (total >= 2) {
            return found.fail(Text.of("同一债权已" + total + "次以终结本次执行程序结案。",
                    "The same claim has been closed by 终本 " + total + " times.")).result(null);
        }
        return found.pass(Text.of("本债权只终本过一次。", "The claim has been terminated by 终本 once.")).result(null);
    }

    // ---------------------------------------------------------------- P12 objections and reconsiderations

    static CheckResult p12(CheckContext ctx) {
        Findings found = new Findings(CheckCode.P12);
        for (CaseFile.Remedy remedy : present(ctx.file.remedies())) {
            if (remedy.kind() != ObjectionKind.OBJECTION || remedy.filedOn() == null) {
                continue;
            }
            LocalDate docketDue = remedy.filedOn().plusDays(OBJECTION_DOCKETING_DAYS);
            Evidence evidence = Evidence.of(EvidenceKind.REMEDY, remedy.id());
            if (remedy.docketedOn() != null && remedy.docketedOn().isAfter(docketDue)) {
                found.fail(Text.of(zh(remedy.filedOn()) + "提出的异议" + zh(remedy.docketedOn()) + "才立案,超过3日。",
                        "The objection of " + en(remedy.filedOn()) + " was docketed only on " + en(remedy.docketedOn())
                                + ", more than 3 days later."),
                        evidence);
            }
        }
        for (TrackedItem item : ctx.plan.deadlines()) {
            if (item.kind() != ItemKind.OBJECTION_DECISION && item.kind() != ItemKind.RECONSIDERATION_DECISION) {
                continue;
            }
            boolean objection = item.kind() == ItemKind.OBJECTION_DECISION;
            String what = objection ? "异议" : "复议";
            String whatEn = objection ? "objection" : "reconsideration";
            String limit = objection ? "15日" : "30日(经批准可延长30日)";
            String limitEn = objection ? "15 days" : "30 days (60 with approval)";
            Evidence evidence = Evidence.of(EvidenceKind.REMEDY, item.sourceId());
            switch (item.state()) {
                case OVERDUE -> found.fail(Text.of(zh(item.startsOn()) + "提出的" + what + "超过" + limit + "仍未审查完毕。",
                        "The " + whatEn + " of " + en(item.startsOn()) + " is still undecided after " + limitEn + "."),
                        evidence);
                case DONE_LATE -> found.fail(
                        Text.of(zh(item.startsOn()) + "提出的" + what + "到" + zh(item.doneOn()) + "才作出裁定,超过" + limit + "。",
                                "The " + whatEn + " of " + en(item.startsOn()) + " was decided only on " + en(item.doneOn())
                                        + ", after " + limitEn + "."),
                        evidence);
                case DONE -> found.pass(Text.of(zh(item.startsOn()) + "提出的" + what + "已于" + zh(item.doneOn()) + "按期裁定。",
                        "The " + whatEn + " of " + en(item.startsOn()) + " was decided in time, on " + en(item.doneOn())
                                + "."),
                        evidence);
                default -> {
                    found.changesOn(item.alerts().get(org.zhongben.portal.followup.AlertStage.OVERDUE));
                }
            }
        }
        return found.result(Text.of("没有提出执行异议或复议,或尚在审查期限内。",
                "No objection or reconsideration was filed, or the time to decide has not run out."));
    }

    // ---------------------------------------------------------------- P13 six months without enforcement

    static CheckResult p13(CheckContext ctx) {
        if (ctx.file.closingMode() != null) {
            return Findings.notApplicable(CheckCode.P13, Text.of("案件已结案,不适用。", "The case is closed."));
        }
        Findings found = new Findings(CheckCode.P13);
        LocalDate start = ctx.file.applicationReceivedOn() != null ? ctx.file.applicationReceivedOn()
                : ctx.file.docketedOn();
        if (start == null) {
            return found.unknown(Text.of("案卷没有记载收到申请或立案的日期。", "The file does not say when the application was received."))
                    .result(null);
        }
        long suspended = suspendedDays(ctx, start);
        LocalDate limit = start.plusMonths(SIX_MONTHS).plusDays(suspended);
        for (CaseFile.Asset asset : present(ctx.file.assets())) {
            if (!UNENFORCED.contains(asset.status())) {
                continue;
            }
            LocalDate assetLimit = asset.foundOn() == null ? limit
                    : later(limit, asset.foundOn().plusMonths(SIX_MONTHS).plusDays(suspended));
            Evidence evidence = Evidence.of(EvidenceKind.ASSET, asset.id());
            if (ctx.today.isAfter(assetLimit)) {
                found.fail(Text.of("已知的财产(" + (asset.category() == null ? "" : asset.category().zh()) + ")超过六个月(扣除中止期间)仍未执行。",
                        "Known property (" + (asset.category() == null ? "" : asset.category().en())
                                + ") has gone unenforced for more than six months, suspensions excluded."),
                        evidence);
            } else {
                found.changesOn(assetLimit.plusDays(1));
            }
        }
        if (!found.failed() && ctx.today.isAfter(limit)) {
            found.pass(Text.of("立案已超过六个月,但没有已知而未执行的财产。",
                    "More than six months have passed, but no known property is left unenforced."));
        } else if (!ctx.today.isAfter(limit)) {
            found.changesOn(limit.plusDays(1));
        }
        return found.result(Text.of("自收到申请起尚未满六个月(扣除中止期间),截至" + zh(limit) + "。",
                "Six months (suspensions excluded) have not passed yet; they end on " + en(limit) + "."));
    }

    private static long suspendedDays(CheckContext ctx, LocalDate start) {
        long days = 0;
        for (CaseFile.Suspension suspension : present(ctx.file.suspensions())) {
            if (suspension.from() == null) {
                continue;
            }
            LocalDate from = suspension.from().isBefore(start) ? start : suspension.from();
            LocalDate to = suspension.to() != null ? suspension.to() : ctx.today;
            if (!to.isBefore(from)) {
                days += ChronoUnit.DAYS.between(from, to) + 1;
            }
        }
        return days;
    }

    // ---------------------------------------------------------------- P14 limitation for a first application

    static CheckResult p14(CheckContext ctx) {
        if (ctx.file.parentCaseNumber() != null) {
            return Findings.notApplicable(CheckCode.P14, Text.of("本案是恢复执行案件;恢复执行申请不受申请执行期间限制。",
                    "This is a resumed case; applying to resume is not subject to the application period."));
        }
        Findings found = new Findings(CheckCode.P14);
        CaseFile.Basis basis = ctx.file.basis();
        LocalDate from = basis == null ? null
                : basis.performanceDueOn() != null ? basis.performanceDueOn() : basis.effectiveOn();
        LocalDate applied = ctx.file.applicationReceivedOn() != null ? ctx.file.applicationReceivedOn()
                : ctx.file.docketedOn();
        if (from == null || applied == null) {
            return found.unknown(Text.of("案卷没有记载履行期限届满日或申请日期。",
                    "The file lacks the end of the performance period or the application date.")).result(null);
        }
        LocalDate end = from.plusYears(LIMITATION_YEARS);
        if (applied.isAfter(end)) {
            return found.fail(Text.of("履行期限于" + zh(from) + "届满," + zh(applied) + "才申请执行,超过了两年(除非期间曾中止或中断)。",
                    "The performance period ended on " + en(from) + " and enforcement was applied for on "
                            + en(applied) + ", more than two years later (unless the period was suspended or "
                            + "interrupted)."))
                    .result(null);
        }
        return found.pass(Text.of("履行期限于" + zh(from) + "届满," + zh(applied) + "申请执行,在两年期间内。",
                "The performance period ended on " + en(from) + "; enforcement was applied for on " + en(applied)
                        + ", within two years."))
                .result(null);
    }

    // ---------------------------------------------------------------- P15 transfer to bankruptcy review

    static CheckResult p15(CheckContext ctx) {
        boolean enterprise = ctx.debtors.stream().anyMatch(debtor -> debtor.kind() == PartyKind.LEGAL_PERSON);
        if (!ctx.terminated() || !enterprise) {
            return Findings.notApplicable(CheckCode.P15, Text.of("被执行人不是企业法人,或案件没有终本,不涉及执转破。",
                    "The debtor is not an enterprise or the case was not terminated, so transfer to bankruptcy does "
                            + "not arise."));
        }
        Findings found = new Findings(CheckCode.P15);
        for (TrackedItem item : ctx.plan.deadlines()) {
            if (item.kind() != ItemKind.BANKRUPTCY_DECISION) {
                continue;
            }
            switch (item.state()) {
                case OVERDUE -> found.fail(Text.of("案件于" + zh(item.startsOn()) + "移送破产审查,受移送法院超过30日仍未决定是否受理。",
                        "The case was transferred for bankruptcy review on " + en(item.startsOn())
                                + "; the receiving court has not decided within 30 days."));
                case DONE_LATE -> found.fail(Text.of("受移送法院" + zh(item.doneOn()) + "才决定是否受理,超过30日。",
                        "The receiving court decided only on " + en(item.doneOn()) + ", after 30 days."));
                case DONE -> found.pass(Text.of("受移送法院已于" + zh(item.doneOn()) + "按期决定是否受理破产。",
                        "The receiving court decided in time, on " + en(item.doneOn()) + "."));
                default -> found.changesOn(item.dueOn().plusDays(1));
            }
        }
        return found.result(Text.of("被执行人是企业法人:经申请执行人或被执行人同意,可以移送破产审查。",
                "The debtor is an enterprise: with your consent or the debtor's, the case can be transferred to "
                        + "bankruptcy review."));
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
