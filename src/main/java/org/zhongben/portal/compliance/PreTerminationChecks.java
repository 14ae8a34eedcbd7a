package org.zhongben.portal.compliance;

import static org.zhongben.portal.compliance.CheckContext.concerns;
import static org.zhongben.portal.compliance.CheckContext.en;
import static org.zhongben.portal.compliance.CheckContext.money;
import static org.zhongben.portal.compliance.CheckContext.onOrBefore;
import static org.zhongben.portal.compliance.CheckContext.present;
import static org.zhongben.portal.compliance.CheckContext.zh;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.zhongben.portal.casefile.CaseFile;
import org.zhongben.portal.casefile.vocabulary.AssetCategory;
import org.zhongben.portal.casefile.vocabulary.AssetStatus;
import org.zhongben.portal.casefile.vocabulary.CannotDisposeReason;
import org.zhongben.portal.casefile.vocabulary.ClueResult;
import org.zhongben.portal.casefile.vocabulary.CoerciveReason;
import org.zhongben.portal.casefile.vocabulary.CoerciveType;
import org.zhongben.portal.casefile.vocabulary.DishonestGround;
import org.zhongben.portal.casefile.vocabulary.InterviewTopic;
import org.zhongben.portal.casefile.vocabulary.MeasureDecision;
import org.zhongben.portal.casefile.vocabulary.MeasureType;
import org.zhongben.portal.casefile.vocabulary.QueryChannel;
import org.zhongben.portal.casefile.vocabulary.QueryPurpose;
import org.zhongben.portal.casefile.vocabulary.QueryReplyStatus;
import org.zhongben.portal.casefile.vocabulary.ReportOutcome;
import org.zhongben.portal.casefile.vocabulary.RequestedBy;
import org.zhongben.portal.casefile.vocabulary.RulingSection;
import org.zhongben.portal.casefile.vocabulary.TerminationReason;
import org.zhongben.portal.common.i18n.Text;
import org.zhongben.portal.investigations.Deadlines;

/**
 * C1–C14: did the court do the prescribed actions (规定动作) before terminating the case (domain.md §10.1)? Each
 * check measures the file as it stood on the ruling day; nothing after the ruling can repair a missing step.
 */
final class PreTerminationChecks {

    /** "More than three months" after docketing (终本规定 Art. 1(4) [C]). */
    static final int EARLIEST_TERMINATION_MONTHS = 3;
    /** Offline investigation measures that satisfy Art. 3(3). */
    static final Set<MeasureType> OFFLINE = EnumSet.of(MeasureType.ONSITE_INVESTIGATION,
            MeasureType.COMMISSIONED_INVESTIGATION, MeasureType.SEARCH);
    static final Set<CoerciveType> PENALTIES = EnumSet.of(CoerciveType.FINE, CoerciveType.DETENTION,
            CoerciveType.CRIMINAL_REFERRAL);

    private PreTerminationChecks() {
    }

    /** The first day a 终本 ruling is allowed: the day after docketing + 3 months. */
    static LocalDate earliestTermination(LocalDate docketedOn) {
        return docketedOn.plusMonths(EARLIEST_TERMINATION_MONTHS).plusDays(1);
    }

    /** Runs {@code check} only on a 终本 case with a known termination date. */
    static CheckResult ifTerminated(CheckCode code, CheckContext ctx, Function<Findings, CheckResult> check) {
        if (!ctx.terminated()) {
            return Findings.notApplicable(code, CheckContext.noRuling());
        }
        if (ctx.cutoff == null) {
            return new Findings(code).unknown(CheckContext.noCutoff()).result(CheckContext.noRuling());
        }
        return check.apply(new Findings(code));
    }

    // ---------------------------------------------------------------- C1 more than three months after docketing

    static CheckResult c1(CheckContext ctx) {
        return ifTerminated(CheckCode.C1, ctx, found -> {
            LocalDate docketed = ctx.file.docketedOn();
            LocalDate ruled = ctx.cutoff;
            Evidence ruling = rulingDocument(ctx);
            if (docketed == null) {
                return found.unknown(Text.of("案卷没有立案日期。", "The file has no docketing date.")).result(null);
            }
            LocalDate earliest = earliestTermination(docketed);
            if (ruled.isBefore(earliest)) {
                return found.fail(Text.of(
                        "立案于" + zh(docketed) + ",却在" + zh(ruled) + "终本,未满三个月(最早应在" + zh(earliest) + ")。",
                        "Docketed on " + en(docketed) + " but terminated on " + en(ruled)
                                + ", within three months (the earliest allowed day was " + en(earliest) + ")."),
                        ruling).result(null);
            }
            return found.pass(Text.of("立案于" + zh(docketed) + "," + zh(ruled) + "终本,已超过三个月。",
                    "Docketed on " + en(docketed) + ", terminated on " + en(ruled) + ", more than three months later."),
                    ruling).result(null);
        });
    }

    // ---------------------------------------------------------------- C2 execution notice and report order

    static CheckResult c2(CheckContext ctx) {
        return ifTerminated(CheckCode.C2, ctx, found -> {
            LocalDate notice = ctx.file.executionNoticeSentOn();
            LocalDate cutoff = ctx.cutoff;
            if (notice == null) {
                found.unknown(Text.of("案卷没有记载执行通知书的发出日期。", "The file does not say when the execution notice was sent."));
            } else if (notice.isAfter(cutoff)) {
                found.fail(Text.of("执行通知书" + zh(notice) + "才发出,晚于终本裁定。",
                        "The execution notice was sent on " + en(notice) + ", after the termination."));
            } else {
                found.pass(Text.of("执行通知书已于" + zh(notice) + "发出。", "The execution notice was sent on " + en(notice) + "."));
            }
            for (CaseFile.Party debtor : ctx.debtors) {
                List<CaseFile.ReportOrder> orders = present(ctx.file.reportOrders()).stream()
                        .filter(order -> concerns(order.debtorPartyId(), debtor)).toList();
                CaseFile.ReportOrder first = orders.stream().filter(order -> order.issuedOn() != null)
                        .min((a, b) -> a.issuedOn().compareTo(b.issuedOn())).orElse(null);
                String name = debtor.name();
                if (orders.isEmpty()) {
                    found.fail(Text.of("没有向被执行人" + name + "发出报告财产令。",
                            "No property-report order was sent to the debtor " + name + "."));
                } else if (first == null) {
                    found.unknown(Text.of("向" + name + "发出的报告财产令没有日期。",
                            "The property-report order to " + name + " has no date."), reportOrder(orders.get(0)));
                } else if (first.issuedOn().isAfter(cutoff)) {
                    found.fail(Text.of("向" + name + "发出报告财产令的日期(" + zh(first.issuedOn()) + ")晚于终本。",
                            "The property-report order to " + name + " was issued on " + en(first.issuedOn())
                                    + ", after the termination."),
                            reportOrder(first));
                } else if (notice != null && first.issuedOn().isAfter(notice)) {
                    found.fail(Text.of("报告财产令应与执行通知书同时发出,向" + name + "的报告财产令却在" + zh(first.issuedOn()) + "才发出。",
                            "The property-report order must go out with the execution notice; the one to " + name
                                    + " went out on " + en(first.issuedOn()) + ", after the notice."),
                            reportOrder(first));
                } else {
                    found.pass(Text.of("已向" + name + "发出报告财产令(" + zh(first.issuedOn()) + ")。",
                            "A property-report order went to " + name + " on " + en(first.issuedOn()) + "."),
                            reportOrder(first));
                }
            }
            return found.result(Text.of("案卷中没有被执行人。", "The file names no debtor."));
        });
    }

    // ---------------------------------------------------------------- C3 the debtor's report handled

    static CheckResult c3(CheckContext ctx) {
        return ifTerminated(CheckCode.C3, ctx, found -> {
            LocalDate cutoff = ctx.cutoff;
            for (CaseFile.ReportOrder order : present(ctx.file.reportOrders())) {
                if (order.issuedOn() != null && order.issuedOn().isAfter(cutoff)) {
                    continue;
                }
                String name = ctx.name(order.debtorPartyId());
                Evidence evidence = reportOrder(order);
                ReportOutcome outcome = order.outcome();
                if (outcome == null) {
                    found.unknown(Text.of("案卷没有记载" + name + "报告财产的结果。",
                            "The file does not say how " + name + " answered the report order."), evidence);
                    continue;
                }
                if (outcome == ReportOutcome.NOT_YET) {
                    found.fail(Text.of(name + "尚未报告财产,报告财产程序没有完成就终本了。",
                            name + " had not reported yet: the case was terminated before the report procedure ended."),
                            evidence);
                    continue;
                }
                boolean reported = outcome == ReportOutcome.TRUTHFUL || outcome == ReportOutcome.FALSE
                        || outcome == ReportOutcome.LATE && order.reportedOn() != null;
                if (reported) {
                    if (order.verifiedOn() == null || order.verifiedOn().isAfter(cutoff)) {
                        found.fail(Text.of(name + "报告的财产在终本前没有核查。",
                                "The property " + name + " reported was not checked before the termination."), evidence);
                    } else {
                        found.pass(Text.of(name + "的财产报告已于" + zh(order.verifiedOn()) + "核查。",
                                name + "'s report was checked on " + en(order.verifiedOn()) + "."), evidence);
                    }
                }
                if (outcome == ReportOutcome.LATE || outcome == ReportOutcome.REFUSED || outcome == ReportOutcome.FALSE) {
                    List<CaseFile.Coercive> penalties = penaltiesOf(ctx, order.debtorPartyId(), cutoff,
                            CoerciveReason.REPORTING_BREACH);
                    String breach = outcome.zh();
                    CaseFile.Party debtor = ctx.party(order.debtorPartyId());
                    if (penalties.isEmpty() && debtor != null && Boolean.TRUE.equals(debtor.whereaboutsUnknown())) {
                        found.pass(Text.of(name + "下落不明,无法处罚(是否依法查找见C11)。",
                                name + " could not be found, so no penalty was possible (C11 checks the search)."),
                                evidence);
                    } else if (penalties.isEmpty()) {
                        found.fail(Text.of(name + "存在" + breach + "的情形,终本前没有罚款或拘留。",
                                name + " " + outcome.en().toLowerCase(java.util.Locale.ROOT)
                                        + " but was neither fined nor detained before the termination."),
                                evidence);
                    } else {
                        found.pass(Text.of(name + "存在" + breach + "的情形,已于" + zh(penalties.get(0).decidedOn()) + "处罚。",
                                name + "'s reporting breach was penalised on " + en(penalties.get(0).decidedOn()) + "."),
                                evidence, coercive(penalties.get(0)));
                    }
                }
            }
            return found.result(Text.of("案卷中没有报告财产令(见C2)。", "The file has no property-report order (see C2)."));
        });
    }

    /**
     * Fines, detentions and criminal referrals of {@code partyId} decided by the ruling for {@code reason}; a penalty
     * whose reason is not recorded counts for any breach.
     */
    private static List<CaseFile.Coercive> penaltiesOf(CheckContext ctx, String partyId, LocalDate cutoff,
            CoerciveReason reason) {
        return present(ctx.file.coerciveMeasures()).stream()
                .filter(measure -> PENALTIES.contains(measure.type())
                        && (partyId == null || partyId.equals(measure.targetPartyId()))
                        && (measure.reason() == null || measure.reason() == reason)
                        && onOrBefore(measure.decidedOn(), cutoff))
                .toList();
    }

    // ---------------------------------------------------------------- C4 consumption restriction at closing

    static CheckResult c4(CheckContext ctx) {
        return ifTerminated(CheckCode.C4, ctx, found -> {
            LocalDate cutoff = ctx.cutoff;
            for (CaseFile.Party debtor : ctx.debtors) {
                if (Boolean.TRUE.equals(debtor.deceased())) {
                    continue;
                }
                CaseFile.Restriction active = present(ctx.file.restrictions()).stream()
                        .filter(restriction -> debtor.id().equals(restriction.partyId())
                                && onOrBefore(restriction.issuedOn(), cutoff)
                                && (restriction.liftedOn() == null || restriction.liftedOn().isAfter(cutoff)))
                        .findFirst().orElse(null);
                if (active == null) {
                    found.fail(Text.of("终本时被执行人" + debtor.name() + "没有处于有效的限制消费令之下。",
                            "At termination no consumption restriction was in force against the debtor " + debtor.name()
                                    + "."));
                } else {
                    found.pass(Text.of(debtor.name() + "自" + zh(active.issuedOn()) + "起被限制消费。",
                            debtor.name() + " has been under a consumption restriction since "
                                    + en(active.issuedOn()) + "."),
                            Evidence.of(EvidenceKind.RESTRICTION, active.id()));
                }
            }
            return found.result(Text.of("案卷中没有在世的被执行人。", "The file names no living debtor."));
        });
    }

    // ---------------------------------------------------------------- C5 失信 listing consistent with the grounds

    static CheckResult c5(CheckContext ctx) {
        return ifTerminated(CheckCode.C5, ctx, found -> {
            LocalDate cutoff = ctx.cutoff;
            for (CaseFile.Listing listing : present(ctx.file.listings())) {
                CaseFile.Party party = ctx.party(listing.partyId());
                if (party != null && Boolean.TRUE.equals(party.minor())) {
                    found.fail(Text.of("未成年人" + party.name() + "被纳入失信名单,失信规定第四条不允许。",
                            "The minor " + party.name() + " was put on the dishonest-debtor list, which Art. 4 forbids."),
                            listing(listing));
                }
            }
            for (CaseFile.DishonestGroundFinding ground : present(ctx.file.dishonestGrounds())) {
                if (ground.foundOn() != null && ground.foundOn().isAfter(cutoff)) {
                    continue;
                }
                CaseFile.Party party = ctx.party(ground.partyId());
                String name = ctx.name(ground.partyId());
                if (party != null && Boolean.TRUE.equals(party.minor())) {
                    continue; // a minor is never listed, whatever the ground
                }
                CaseFile.Listing listing = present(ctx.file.listings()).stream()
                        .filter(candidate -> ground.partyId() != null && ground.partyId().equals(candidate.partyId())
                                && onOrBefore(candidate.decidedOn(), cutoff))
                        .findFirst().orElse(null);
                String what = ground.ground() == null ? "失信情形" : ground.ground().zh();
                String whatEn = ground.ground() == null ? "a listing ground"
                        : ground.ground().en().toLowerCase(java.util.Locale.ROOT);
                if (listing == null) {
                    found.fail(Text.of(name + "存在" + what + "的失信情形,终本前却没有纳入失信名单。",
                            name + " showed a ground for listing (" + whatEn + ") but was not listed before the "
                                    + "termination."));
                } else {
                    found.pass(Text.of(name + "因" + what + "于" + zh(listing.decidedOn()) + "被纳入失信名单。",
                            name + " was listed on " + en(listing.decidedOn()) + " (" + whatEn + ")."), listing(listing));
                }
            }
            return found.result(Text.of("案卷没有记载失信情形,也没有失信名单。",
                    "The file records no ground for listing and no listing."));
        });
    }

    // ---------------------------------------------------------------- C6 clues verified, in time

    static CheckResult c6(CheckContext ctx) {
        return ifTerminated(CheckCode.C6, ctx, found -> {
            LocalDate cutoff = ctx.cutoff;
            for (CaseFile.Clue clue : present(ctx.file.clues())) {
                if (clue.submittedOn() == null || clue.submittedOn().isAfter(cutoff)) {
                    continue; // clues after the ruling belong to P9
                }
                Evidence evidence = Evidence.of(EvidenceKind.CLUE, clue.id());
                String what = clue.category() == null ? "" : "(" + clue.category().zh() + ")";
                String whatEn = clue.category() == null ? "" : " (" + clue.category().en() + ")";
                boolean pending = clue.result() == null || clue.result() == ClueResult.PENDING;
                LocalDate due = verificationDue(ctx, clue);
                if (clue.verifiedOn() == null && pending || clue.verifiedOn() != null && clue.verifiedOn().isAfter(cutoff)) {
                    found.fail(Text.of(zh(clue.submittedOn()) + "提交的财产线索" + what + "在终本前没有核查。",
                            "The clue submitted on " + en(clue.submittedOn()) + whatEn
                                    + " was not verified before the termination."),
                            evidence);
                } else if (clue.verifiedOn() == null) {
                    found.unknown(Text.of(zh(clue.submittedOn()) + "提交的财产线索" + what + "有核查结果,但没有核查日期。",
                            "The clue of " + en(clue.submittedOn()) + whatEn + " has a result but no verification date."),
                            evidence);
                } else if (clue.verifiedOn().isAfter(due)) {
                    found.fail(Text.of(zh(clue.submittedOn()) + "提交的财产线索" + what + "到" + zh(clue.verifiedOn())
                            + "才核查,超过了" + (Boolean.TRUE.equals(clue.urgent()) ? "3" : "7") + "日的期限(" + zh(due) + ")。",
                            "The clue of " + en(clue.submittedOn()) + whatEn + " was verified on "
                                    + en(clue.verifiedOn()) + ", after the " + (Boolean.TRUE.equals(clue.urgent()) ? 3 : 7)
                                    + "-day limit (" + en(due) + ")."),
                            evidence);
                } else {
                    found.pass(Text.of(zh(clue.submittedOn()) + "提交的财产线索" + what + "已于" + zh(clue.verifiedOn()) + "按期核查。",
                            "The clue of " + en(clue.submittedOn()) + whatEn + " was verified in time, on "
                                    + en(clue.verifiedOn()) + "."),
                            evidence);
                }
            }
            return found.result(Text.of("终本前没有人提交财产线索。", "Nobody submitted a property clue before the termination."));
        });
    }

    /**
     * 7 days (3 if urgent) from submission; a clue given with the application, before the case was docketed, is
     * counted from docketing (whether the 7-day rule governs applications at all is unconfirmed, domain.md §11.8).
     */
    static LocalDate verificationDue(CheckContext ctx, CaseFile.Clue clue) {
        LocalDate docketed = ctx.file.docketedOn();
        if (docketed != null && clue.submittedOn().isBefore(docketed)) {
            return Deadlines.clueVerificationDue(new CaseFile.Clue(clue.id(), clue.source(), docketed, clue.category(),
                    clue.description(), clue.urgent(), clue.verifiedOn(), clue.result()));
        }
        return Deadlines.clueVerificationDue(clue);
    }

    // ---------------------------------------------------------------- C7 network query coverage and freshness

    static CheckResult c7(CheckContext ctx) {
        return ifTerminated(CheckCode.C7, ctx, found -> {
            LocalDate cutoff = ctx.cutoff;
            int freshness = ctx.settings.networkFreshnessDays();
            for (CaseFile.Party debtor : ctx.debtors) {
                List<CaseFile.NetworkQuery> queries = present(ctx.file.networkQueries()).stream()
                        .filter(query -> query.channel() == QueryChannel.NATIONAL
                                && query.purpose() != QueryPurpose.FOLLOW_UP
                                && onOrBefore(query.submittedOn(), cutoff) && concerns(query.debtorPartyId(), debtor))
                        .toList();
                String name = debtor.name();
                if (queries.isEmpty()) {
                    found.fail(Text.of("终本前没有通过总对总网络查控系统查询" + name + "的财产。",
                            "No national (总对总) network query was made for " + name + " before the termination."));
                    continue;
                }
                List<String> missingZh = new ArrayList<>();
                List<String> missingEn = new ArrayList<>();
                List<String> staleZh = new ArrayList<>();
                List<String> staleEn = new ArrayList<>();
                List<Evidence> used = new ArrayList<>();
                LocalDate latest = null;
                LocalDate stalest = null;
                for (AssetCategory category : AssetCategory.REQUIRED_NETWORK) {
                    // the most recent query that answered for the category: freshness is measured on the answer
                    CaseFile.NetworkQuery answered = queries.stream()
                            .filter(query -> answeredBy(query, category, cutoff))
                            .max(Comparator.comparing(CaseFile.NetworkQuery::submittedOn)).orElse(null);
                    if (answered == null) {
                        missingZh.add(category.zh());
                        missingEn.add(category.en().toLowerCase(java.util.Locale.ROOT));
                        continue;
                    }
                    used.add(Evidence.of(EvidenceKind.NETWORK_QUERY, answered.id()));
                    LocalDate submitted = answered.submittedOn();
                    latest = latest == null || submitted.isAfter(latest) ? submitted : latest;
                    if (freshness > 0 && submitted.isBefore(cutoff.minusDays(freshness))) {
                        staleZh.add(category.zh());
                        staleEn.add(category.en().toLowerCase(java.util.Locale.ROOT));
                        stalest = stalest == null || submitted.isBefore(stalest) ? submitted : stalest;
                    }
                }
                Evidence[] evidence = used.toArray(Evidence[]::new);
                if (!missingZh.isEmpty()) {
                    found.fail(Text.of("终本前总对总查询" + name + "的财产时," + String.join("、", missingZh) + "没有查询或没有收到反馈。",
                            "Before the termination the national query for " + name + " did not cover, or got no "
                                    + "answer for: " + String.join(", ", missingEn) + "."),
                            evidence);
                    continue;
                }
                if (stalest != null) {
                    found.fail(Text.of("终本前" + freshness + "日内没有总对总查询反馈" + name + "的" + String.join("、", staleZh)
                            + "(最近一次反馈来自" + zh(stalest) + "的查询),终本前没有重新查询。",
                            "No national query in the " + freshness + " days before the termination answered for "
                                    + name + "'s " + String.join(", ", staleEn) + " (the latest answer came from the "
                                    + "query of " + en(stalest) + ")."),
                            evidence);
                } else {
                    found.pass(Text.of("总对总查询已覆盖" + name + "的存款、车辆、房产和证券并全部反馈(最近一次" + zh(latest) + ")。",
                            "The national query covered " + name + "'s deposits, vehicles, real estate and securities, "
                                    + "all answered (latest " + en(latest) + ")."),
                            evidence);
                }
            }
            return found.result(Text.of("案卷中没有被执行人。", "The file names no debtor."));
        });
    }

    private static boolean answeredBy(CaseFile.NetworkQuery query, AssetCategory category, LocalDate cutoff) {
        return present(query.results()).stream().anyMatch(result -> result.category() == category
                && result.status() == QueryReplyStatus.ANSWERED
                && (result.answeredOn() == null || !result.answeredOn().isAfter(cutoff)));
    }

    // ---------------------------------------------------------------- C8 offline investigation

    static CheckResult c8(CheckContext ctx) {
        return ifTerminated(CheckCode.C8, ctx, found -> {
            List<CaseFile.Measure> offline = present(ctx.file.measures()).stream()
                    .filter(measure -> OFFLINE.contains(measure.type()) && onOrBefore(measure.performedOn(), ctx.cutoff))
                    .toList();
            if (offline.isEmpty()) {
                return found.fail(Text.of("终本前没有进行现场调查、委托调查或搜查等线下调查。",
                        "No on-site investigation, commissioned investigation or search was carried out before the "
                                + "termination."))
                        .result(null);
            }
            CaseFile.Measure first = offline.get(0);
            return found.pass(Text.of("已进行线下调查:" + first.type().zh() + "(" + zh(first.performedOn()) + ")"
                    + (offline.size() > 1 ? "等" + offline.size() + "项" : "") + "。",
                    "Offline investigation was carried out: " + first.type().en().toLowerCase(java.util.Locale.ROOT) + " on "
                            + en(first.performedOn()) + (offline.size() > 1 ? " and " + (offline.size() - 1) + " more" : "")
                            + "."),
                    offline.stream().map(measure -> Evidence.of(EvidenceKind.MEASURE, measure.id())).toArray(Evidence[]::new))
                    .result(null);
        });
    }

    // ---------------------------------------------------------------- C9 audit and reward applications

    static CheckResult c9(CheckContext ctx) {
        return ifTerminated(CheckCode.C9, ctx, found -> {
            LocalDate cutoff = ctx.cutoff;
            for (CaseFile.Measure measure : present(ctx.file.measures())) {
                if (measure.type() == null || !measure.type().decidedOnApplication()
                        || measure.requestedBy() == RequestedBy.COURT
                        || measure.requestedOn() == null || measure.requestedOn().isAfter(cutoff)) {
                    continue;
                }
                Evidence evidence = Evidence.of(EvidenceKind.MEASURE, measure.id());
                String what = measure.type().zh();
                String whatEn = measure.type().en().toLowerCase(java.util.Locale.ROOT);
                LocalDate due = Deadlines.measureDecisionDue(measure);
                if (measure.decidedOn() == null || measure.decidedOn().isAfter(cutoff)) {
                    found.fail(Text.of(zh(measure.requestedOn()) + "申请的" + what + "在终本前没有作出决定。",
                            "The application for " + whatEn + " of " + en(measure.requestedOn())
                                    + " was not decided before the termination."),
                            evidence);
                } else if (measure.decidedOn().isAfter(due)) {
                    found.fail(Text.of(zh(measure.requestedOn()) + "申请的" + what + "到" + zh(measure.decidedOn())
                            + "才作出决定,超过了10日(" + zh(due) + ")。",
                            "The application for " + whatEn + " of " + en(measure.requestedOn()) + " was decided on "
                                    + en(measure.decidedOn()) + ", after the 10-day limit (" + en(due) + ")."),
                            evidence);
                } else if (measure.decision() == MeasureDecision.ALLOWED
                        && (measure.performedOn() == null || measure.performedOn().isAfter(cutoff))) {
                    found.fail(Text.of("法院准许了" + what + ",但终本前没有实施。",
                            "The court allowed the " + whatEn + " but did not carry it out before the termination."),
                            evidence);
                } else {
                    found.pass(Text.of(what + "申请已于" + zh(measure.decidedOn()) + "按期作出决定"
                            + (measure.decision() == null ? "" : "(" + measure.decision().zh() + ")") + "。",
                            "The application for " + whatEn + " was decided in time, on " + en(measure.decidedOn())
                                    + (measure.decision() == null ? ""
                                            : " (" + measure.decision().en().toLowerCase(java.util.Locale.ROOT) + ")")
                                    + "."),
                            evidence);
                }
            }
            return found.result(Text.of("申请执行人没有申请审计调查或悬赏公告。",
                    "The creditor did not apply for an audit or a reward announcement."));
        });
    }

    // ---------------------------------------------------------------- C10 found property disposed or set aside

    static CheckResult c10(CheckContext ctx) {
        return ifTerminated(CheckCode.C10, ctx, found -> {
            LocalDate cutoff = ctx.cutoff;
            boolean anyCannotDispose = false;
            for (CaseFile.Asset asset : assetsAtClosing(ctx)) {
                Evidence evidence = Evidence.of(EvidenceKind.ASSET, asset.id());
                Text what = describe(asset);
                if (asset.status() == AssetStatus.CANNOT_DISPOSE) {
                    anyCannotDispose = true;
                    CannotDisposeReason reason = asset.cannotDisposeReason();
                    if (reason == null || reason == CannotDisposeReason.OTHER) {
                        found.fail(Text.of(what.zh() + "以\"" + (asset.cannotDisposeNote() == null ? "其他理由"
                                : asset.cannotDisposeNote()) + "\"认定不能处置,不属于终本规定第四条允许的两种情形。",
                                what.en() + " was set aside as not disposable for a reason Art. 4 does not allow ("
                                        + (asset.cannotDisposeNote() == null ? "other" : asset.cannotDisposeNote()) + ")."),
                                evidence);
                    } else {
                        found.pass(Text.of(what.zh() + "不能处置:" + reason.zh() + "。", what.en() + " could not be disposed of: "
                                + reason.en().toLowerCase(java.util.Locale.ROOT) + "."), evidence);
                    }
                } else if (asset.status() == AssetStatus.NEGLIGIBLE) {
                    negligible(ctx, found, asset, what, evidence);
                } else if (asset.status() == AssetStatus.DISPOSED || asset.status() == AssetStatus.RELEASED) {
                    found.pass(Text.of(what.zh() + ":" + asset.status().zh() + "。",
                            what.en() + ": " + asset.status().en().toLowerCase(java.util.Locale.ROOT) + "."), evidence);
                } else if (asset.status() != null) {
                    // FOUND, CONTROLLED, IN_DISPOSAL: neither disposed of nor set aside; C14 says what is unfinished
                    found.fail(Text.of(what.zh() + "终本时既未处置,也未认定为不能处置(见C14)。",
                            what.en() + " was neither disposed of nor set aside as not disposable when the case was "
                                    + "terminated (see C14)."),
                            evidence);
                }
            }
            CaseFile.Ruling ruling = ctx.file.ruling();
            if (ruling != null && ruling.reason() == TerminationReason.PROPERTY_CANNOT_BE_DISPOSED && !anyCannotDispose) {
                found.fail(Text.of("终本裁定以\"发现的财产不能处置\"为理由,案卷中却没有认定为不能处置的财产。",
                        "The ruling says found property cannot be disposed of, but the file marks no property as "
                                + "not disposable."),
                        rulingDocument(ctx));
            }
            if (ruling != null && ruling.reason() == TerminationReason.NO_PROPERTY && anyCannotDispose) {
                found.fail(Text.of("终本裁定以\"未发现可供执行的财产\"为理由,案卷中却有发现但不能处置的财产。",
                        "The ruling says no property was found, but the file lists property found and set aside."),
                        rulingDocument(ctx));
            }
            return found.result(Text.of("终本前没有发现财产。", "No property was found before the termination."));
        });
    }

    private static void negligible(CheckContext ctx, Findings found, CaseFile.Asset asset, Text what,
            Evidence evidence) {
        BigDecimal value = asset.estimatedValue();
        BigDecimal limit = ctx.settings.negligibleAmount();
        BigDecimal unperformed = ctx.unperformedAtCutoff();
        if (value == null) {
            found.unknown(Text.of(what.zh() + "被认定为小额财产,但案卷没有记载其价值。",
                    what.en() + " was treated as negligible but the file gives no value."), evidence);
            return;
        }
        BigDecimal shareLimit = unperformed == null ? null : unperformed.multiply(ctx.settings.negligibleShare());
        boolean small = value.compareTo(limit) <= 0 && (shareLimit == null || value.compareTo(shareLimit) <= 0);
        if (small) {
            found.pass(Text.of(what.zh() + "价值" + money(value) + "元,属于可以不处置的小额财产。",
                    what.en() + " is worth " + money(value) + " yuan, small enough to leave."), evidence);
        } else {
            found.fail(Text.of(what.zh() + "价值" + money(value) + "元,超过了小额标准(" + money(limit) + "元且不超过未履行金额的"
                    + ctx.settings.negligibleShare().movePointRight(2).stripTrailingZeros().toPlainString() + "%),不应视为可不处置。",
                    what.en() + " is worth " + money(value) + " yuan, above the negligible threshold (" + money(limit)
                            + " yuan and at most "
                            + ctx.settings.negligibleShare().movePointRight(2).stripTrailingZeros().toPlainString()
                            + "% of the unperformed amount)."),
                    evidence);
        }
    }

    // ---------------------------------------------------------------- C11 missing debtor, obstruction

    static CheckResult c11(CheckContext ctx) {
        return ifTerminated(CheckCode.C11, ctx, found -> {
            LocalDate cutoff = ctx.cutoff;
            for (CaseFile.Party debtor : ctx.debtors) {
                if (!Boolean.TRUE.equals(debtor.whereaboutsUnknown())) {
                    continue;
                }
                CaseFile.Measure search = present(ctx.file.measures()).stream()
                        .filter(measure -> measure.type() == MeasureType.LOCATE_PERSON
                                && concerns(measure.targetPartyId(), debtor) && onOrBefore(measure.performedOn(), cutoff))
                        .findFirst().orElse(null);
                if (search == null) {
                    found.fail(Text.of("被执行人" + debtor.name() + "下落不明,终本前没有依法查找。",
                            "The debtor " + debtor.name() + " could not be found and was not searched for before the "
                                    + "termination."));
                } else {
                    found.pass(Text.of("已于" + zh(search.performedOn()) + "查找下落不明的" + debtor.name() + "。",
                            "The missing debtor " + debtor.name() + " was searched for on " + en(search.performedOn()) + "."),
                            Evidence.of(EvidenceKind.MEASURE, search.id()));
                }
            }
            for (CaseFile.DishonestGroundFinding ground : present(ctx.file.dishonestGrounds())) {
                if (ground.ground() != DishonestGround.OBSTRUCTION
                        || ground.foundOn() != null && ground.foundOn().isAfter(cutoff)) {
                    continue;
                }
                String name = ctx.name(ground.partyId());
                List<CaseFile.Coercive> penalties = penaltiesOf(ctx, ground.partyId(), cutoff, CoerciveReason.OBSTRUCTION);
                if (penalties.isEmpty()) {
                    found.fail(Text.of(name + "妨害执行,终本前没有罚款、拘留或移送追究刑事责任。",
                            name + " obstructed enforcement but was not fined, detained or referred for prosecution "
                                    + "before the termination."));
                } else {
                    found.pass(Text.of(name + "妨害执行,已于" + zh(penalties.get(0).decidedOn()) + "处罚。",
                            name + "'s obstruction was penalised on " + en(penalties.get(0).decidedOn()) + "."),
                            coercive(penalties.get(0)));
                }
            }
            return found.result(Text.of("没有被执行人下落不明,也没有妨害执行的记录。",
                    "No debtor was missing and no obstruction was recorded."));
        });
    }

    // ---------------------------------------------------------------- C12 the creditor informed and heard

    static CheckResult c12(CheckContext ctx) {
        return ifTerminated(CheckCode.C12, ctx, found -> {
            LocalDate cutoff = ctx.cutoff;
            CaseFile.Interview interview = ctx.file.interview();
            CaseFile.Ruling ruling = ctx.file.ruling();
            boolean panel = ruling != null
                    && ruling
                            .approvalRoute() == org.zhongben.portal.casefile.vocabulary.ApprovalRoute.COLLEGIAL_PANEL_PRESIDENT;
            Evidence record = interview == null ? null : Evidence.of(EvidenceKind.DOCUMENT, interview.documentId());
            if (interview == null || interview.heldOn() == null) {
                if (panel) {
                    return found.pass(Text.of("案卷没有约谈记录;终本经合议庭审查核实并经院长批准(民诉法解释第五百一十七条)。",
                            "No interview is on file; the termination went through collegial-panel review approved by "
                                    + "the court president (CPL Interpretation Art. 517)."),
                            rulingDocument(ctx)).result(null);
                }
                return found.fail(Text.of("终本前没有约谈申请执行人、告知情况并听取意见。",
                        "The creditor was not informed and heard before the termination.")).result(null);
            }
            if (interview.heldOn().isAfter(cutoff)) {
                found.fail(Text.of("约谈在" + zh(interview.heldOn()) + "进行,晚于终本裁定(" + zh(cutoff) + ")。",
                        "The interview took place on " + en(interview.heldOn()) + ", after the ruling ("
                                + en(cutoff) + ")."),
                        record);
            } else {
                found.pass(Text.of("已于" + zh(interview.heldOn()) + "约谈申请执行人。",
                        "The creditor was interviewed on " + en(interview.heldOn()) + "."), record);
            }
            if (interview.creditorOpinion() == null) {
                found.fail(Text.of("约谈记录没有记载申请执行人的意见。", "The interview record does not note the creditor's opinion."),
                        record);
            }
            if (!interview.topics().isEmpty()) {
                Set<InterviewTopic> missing = EnumSet.allOf(InterviewTopic.class);
                missing.removeAll(interview.topics());
                if (!missing.isEmpty()) {
                    found.fail(Text.of("约谈时没有告知:" + String.join("、", missing.stream().map(InterviewTopic::zh).toList()) + "。",
                            "The creditor was not told: " + String.join(", ",
                                    missing.stream().map(topic -> topic.en().toLowerCase(java.util.Locale.ROOT)).toList())
                                    + "."),
                            record);
                }
            } else {
                found.unknown(Text.of("约谈记录没有记载告知了哪些事项。", "The interview record does not say what the creditor was told."),
                        record);
            }
            return found.result(null);
        });
    }

    // ---------------------------------------------------------------- C13 what the ruling states

    static CheckResult c13(CheckContext ctx) {
        return ifTerminated(CheckCode.C13, ctx, found -> {
            CaseFile.Ruling ruling = ctx.file.ruling();
            if (ruling == null) {
                return found.fail(Text.of("案卷中没有终本裁定书。", "The file contains no termination ruling.")).result(null);
            }
            Evidence document = rulingDocument(ctx);
            if (ruling.statedSections().isEmpty()) {
                found.unknown(Text.of("案卷没有记载终本裁定书载明的内容。", "The file does not say what the ruling states."), document);
            } else {
                Set<RulingSection> missing = EnumSet.allOf(RulingSection.class);
                missing.removeAll(ruling.statedSections());
                if (missing.isEmpty()) {
                    found.pass(Text.of("终本裁定书载明了债权、执行经过、财产、已实现债权和权利义务。",
                            "The ruling states the claim, the history and measures, the property, the amount realised "
                                    + "and the parties' rights and duties."),
                            document);
                } else {
                    found.fail(Text.of("终本裁定书没有载明:" + String.join("、", missing.stream().map(RulingSection::zh).toList()) + "。",
                            "The ruling does not state: " + String.join(", ",
                                    missing.stream().map(section -> section.en().toLowerCase(java.util.Locale.ROOT)).toList())
                                    + "."),
                            document);
                }
            }
            BigDecimal unperformed = ctx.unperformedAtCutoff();
            if (unperformed != null && unperformed.signum() <= 0) {
                found.fail(Text.of("未履行金额为零,债务已履行完毕的案件不应以终本结案。",
                        "Nothing was left unpaid: a fully performed case should not be closed by 终本."), document);
            }
            return found.result(null);
        });
    }

    // ---------------------------------------------------------------- C14 unfinished disposal

    static CheckResult c14(CheckContext ctx) {
        return ifTerminated(CheckCode.C14, ctx, found -> {
            for (CaseFile.Asset asset : assetsAtClosing(ctx)) {
                Evidence evidence = Evidence.of(EvidenceKind.ASSET, asset.id());
                Text what = describe(asset);
                AssetStatus status = asset.status();
                if (status == AssetStatus.IN_DISPOSAL) {
                    found.fail(
                            Text.of(what.zh() + "仍在处置中就终本了。",
                                    what.en() + " was still being disposed of when the case was terminated."),
                            evidence);
                } else if (status == AssetStatus.FOUND) {
                    found.fail(Text.of("发现了" + what.zh() + ",却没有查封、冻结或处置就终本了。",
                            what.en() + " was found but neither seized, frozen nor disposed of before the termination."),
                            evidence);
                } else if (status == AssetStatus.CONTROLLED && !onOrBefore(asset.disposalAttemptedOn(), ctx.cutoff)) {
                    found.fail(Text.of(what.zh() + "已被控制,但终本前没有尝试处置。",
                            what.en() + " was seized or frozen but no disposal was attempted before the termination."),
                            evidence);
                } else if (status != null) {
                    found.pass(Text.of(what.zh() + ":" + status.zh() + "。",
                            what.en() + ": " + status.en().toLowerCase(java.util.Locale.ROOT) + "."), evidence);
                }
            }
            return found.result(Text.of("终本前没有发现财产。", "No property was found before the termination."));
        });
    }

    // ---------------------------------------------------------------- helpers

    /** Assets found up to the ruling (an asset without a date counts as found before). */
    private static List<CaseFile.Asset> assetsAtClosing(CheckContext ctx) {
        return present(ctx.file.assets()).stream()
                .filter(asset -> asset.foundOn() == null || !asset.foundOn().isAfter(ctx.cutoff)).toList();
    }

    private static Text describe(CaseFile.Asset asset) {
        String zh = asset.category() == null ? "财产" : asset.category().zh();
        String en = asset.category() == null ? "Property" : asset.category().en();
        return asset.description() == null ? Text.of(zh, en)
                : Text.of(zh + "(" + asset.description() + ")", en + " (" + asset.description() + ")");
    }

    static Evidence rulingDocument(CheckContext ctx) {
        CaseFile.Ruling ruling = ctx.file.ruling();
        return ruling == null ? null : Evidence.of(EvidenceKind.DOCUMENT, ruling.documentId());
    }

    private static Evidence reportOrder(CaseFile.ReportOrder order) {
        return Evidence.of(EvidenceKind.REPORT_ORDER, order.id());
    }

    private static Evidence listing(CaseFile.Listing listing) {
        return Evidence.of(EvidenceKind.LISTING, listing.id());
    }

    private static Evidence coercive(CaseFile.Coercive coercive) {
        return Evidence.of(EvidenceKind.COERCIVE, coercive.id());
    }
}
