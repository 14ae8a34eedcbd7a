package org.zhongben.portal.cases;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.zhongben.portal.casefile.CaseFile;
import org.zhongben.portal.casefile.vocabulary.DocumentVisibility;
import org.zhongben.portal.common.i18n.Languages;
import org.zhongben.portal.common.web.UrlPaths;
import org.zhongben.portal.compliance.CheckCode;
import org.zhongben.portal.compliance.CheckResult;
import org.zhongben.portal.compliance.ComplianceReport;
import org.zhongben.portal.compliance.Evidence;
import org.zhongben.portal.compliance.Verdict;
import org.zhongben.portal.followup.FollowUpPlan;
import org.zhongben.portal.followup.ItemKind;
import org.zhongben.portal.followup.ItemState;
import org.zhongben.portal.followup.TrackedItem;
import org.zhongben.portal.investigations.Citation;
import org.zhongben.portal.investigations.Label;

/**
 * Turns the compliance report and the follow-up plan of a case into the views of the page and the API, in one
 * language, with evidence described and linked to where the case page shows it.
 */
final class CaseChecks {

    /**
     * An objection against a 终本 ruling has no settled time limit (SPC (2021)执监501: 终本 does not end enforcement);
     * the 60 days that apply to 终结执行 (法释〔2016〕3号) are the conservative target (domain.md §1.7).
     */
    static final int CONSERVATIVE_OBJECTION_DAYS = 60;

    private CaseChecks() {
    }

    static ComplianceView compliance(ComplianceReport report, CaseFile file, Locale locale) {
        List<ComplianceView.Group> groups = new ArrayList<>();
        int passed = 0;
        int failed = 0;
        int unknown = 0;
        int notApplicable = 0;
        List<ComplianceView.Item> failedBefore = new ArrayList<>();
        for (CheckCode.Phase phase : CheckCode.Phase.values()) {
            List<ComplianceView.Item> items = new ArrayList<>();
            int groupFailed = 0;
            for (CheckResult result : report.results()) {
                if (result.code().phase() != phase) {
                    continue;
                }
                ComplianceView.Item item = item(result, file, locale);
                items.add(item);
                switch (result.verdict()) {
                    case PASS -> passed++;
                    case FAIL -> {
                        failed++;
                        groupFailed++;
                        if (phase == CheckCode.Phase.PRE_TERMINATION) {
                            failedBefore.add(item);
                        }
                    }
                    case UNKNOWN -> unknown++;
                    case NOT_APPLICABLE -> notApplicable++;
                }
            }
            groups.add(new ComplianceView.Group(phase.name(), phase.label(locale), List.copyOf(items), groupFailed));
        }
        CaseFile.Ruling ruling = file.ruling();
        ComplianceView.Objection objection = failedBefore.isEmpty() || ruling == null ? null
                : new ComplianceView.Objection(ruling.number(), ruling.ruledOn(), ruling.servedOn(),
                        ruling.servedOn() == null ? null : ruling.servedOn().plusDays(CONSERVATIVE_OBJECTION_DAYS),
                        List.copyOf(failedBefore));
        return new ComplianceView(report.engineVersion(), report.evaluatedOn(),
                new ComplianceView.Counts(passed, failed, unknown, notApplicable), List.copyOf(groups), objection);
    }

    private static ComplianceView.Item item(CheckResult result, CaseFile file, Locale locale) {
        CheckCode code = result.code();
        List<ComplianceView.BasisView> bases = code.bases().stream()
                .map(basis -> new ComplianceView.BasisView(basis.label(locale), basis.confidence().tag(),
                        basis.confidence().label(locale)))
                .toList();
        List<ComplianceView.EvidenceView> evidence = result.evidence().stream()
                .map(record -> evidence(record, file, locale)).filter(Objects::nonNull).toList();
        Verdict verdict = result.verdict();
        return new ComplianceView.Item(code.name(), code.label(locale), Label.of(verdict, locale), verdict.badge(),
                result.explanation().label(locale), bases, Label.of(code.confidence(), locale), evidence,
                code.remedy().label(locale));
    }

    /** The objection draft for the creditor {@code applicant}; null when no prescribed action failed. */
    static ObjectionDraft objection(ComplianceReport report, CaseFile file, String applicant) {
        List<CheckResult> failed = report.failedBeforeTermination();
        CaseFile.Ruling ruling = file.ruling();
        if (failed.isEmpty() || ruling == null) {
            return null;
        }
        List<ObjectionDraft.Ground> grounds = new ArrayList<>();
        for (CheckResult result : failed) {
            CheckCode code = result.code();
            List<String> evidenceZh = result.evidence().stream().map(record -> evidence(record, file, Languages.ZH))
                    .filter(Objects::nonNull).map(ComplianceView.EvidenceView::description).toList();
            List<String> evidenceEn = result.evidence().stream().map(record -> evidence(record, file, Languages.EN))
                    .filter(Objects::nonNull).map(ComplianceView.EvidenceView::description).toList();
            grounds.add(new ObjectionDraft.Ground(code.name(), code.zh(), code.en(), result.explanation().zh(),
                    result.explanation().en(),
                    String.join("；", code.bases().stream().map(basis -> basis.zh()).toList()),
                    String.join("; ", code.bases().stream().map(basis -> basis.en()).toList()), evidenceZh, evidenceEn));
        }
        List<String> debtors = file.parties().stream()
                .filter(party -> party != null && party.role() == org.zhongben.portal.casefile.vocabulary.PartyRole.DEBTOR)
                .map(CaseFile.Party::name).toList();
        return new ObjectionDraft(file.caseNumber(), file.courtName(), applicant, debtors, ruling.number(),
                ruling.ruledOn(), ruling.servedOn(),
                ruling.servedOn() == null ? null : ruling.servedOn().plusDays(CONSERVATIVE_OBJECTION_DAYS),
                List.copyOf(grounds));
    }

    /** Describes a record of the file and links it to its row on the case page when the parties can see it there. */
    static ComplianceView.EvidenceView evidence(Evidence record, CaseFile file, Locale locale) {
        String id = record.id();
        String description = null;
        boolean shown = true;
        switch (record.kind()) {
            case DOCUMENT -> {
                CaseFile.Document document = find(file.documents(), id, CaseFile.Document::id);
                description = document == null ? null
                        : join(label(document.kind(), locale), document.title(), date(document.issuedOn(), locale));
                shown = document != null && (document.visibility() == DocumentVisibility.PUBLIC
                        || document.visibility() == DocumentVisibility.PARTY);
            }
            case MEASURE -> {
                CaseFile.Measure measure = find(file.measures(), id, CaseFile.Measure::id);
                description = measure == null ? null
                        : join(label(measure.type(), locale), date(measure.performedOn() != null ? measure.performedOn()
                                : measure.requestedOn(), locale));
            }
            case NETWORK_QUERY -> {
                CaseFile.NetworkQuery query = find(file.networkQueries(), id, CaseFile.NetworkQuery::id);
                description = query == null ? null
                        : join(label(query.channel(), locale), label(query.purpose(), locale),
                                date(query.submittedOn(), locale));
            }
            case REPORT_ORDER -> {
                CaseFile.ReportOrder order = find(file.reportOrders(), id, CaseFile.ReportOrder::id);
                description = order == null ? null
                        : join(Label.text(locale, "报告财产令", "Property-report order"), date(order.issuedOn(), locale));
            }
            case CLUE -> {
                CaseFile.Clue clue = find(file.clues(), id, CaseFile.Clue::id);
                description = clue == null ? null
                        : join(Label.text(locale, "财产线索", "Property clue"), label(clue.category(), locale),
                                date(clue.submittedOn(), locale));
            }
            case ASSET -> {
                CaseFile.Asset asset = find(file.assets(), id, CaseFile.Asset::id);
                description = asset == null ? null : join(label(asset.category(), locale), asset.description());
            }
            case CONTROL -> {
                CaseFile.Control control = find(file.controls(), id, CaseFile.Control::id);
                description = control == null ? null
                        : join(label(control.type(), locale), date(control.effectiveOn(), locale));
            }
            case COERCIVE -> {
                CaseFile.Coercive coercive = find(file.coerciveMeasures(), id, CaseFile.Coercive::id);
                description = coercive == null ? null
                        : join(label(coercive.type(), locale), coercive.targetName(), date(coercive.decidedOn(), locale));
            }
            case RESTRICTION -> {
                CaseFile.Restriction restriction = find(file.restrictions(), id, CaseFile.Restriction::id);
                description = restriction == null ? null
                        : join(Label.text(locale, "限制消费令", "Consumption restriction"), restriction.personName(),
                                date(restriction.issuedOn(), locale));
            }
            case LISTING -> {
                CaseFile.Listing listing = find(file.listings(), id, CaseFile.Listing::id);
                description = listing == null ? null
                        : join(Label.text(locale, "失信名单", "Dishonest-debtor listing"), date(listing.decidedOn(), locale));
            }
            case REMEDY -> {
                CaseFile.Remedy remedy = find(file.remedies(), id, CaseFile.Remedy::id);
                description = remedy == null ? null
                        : join(label(remedy.kind(), locale), remedy.caseNumber(), date(remedy.filedOn(), locale));
                shown = false;
            }
            case CASE, FOLLOW_UP -> {
                description = id;
                shown = false;
            }
        }
        if (description == null) {
            return null; // the file no longer has the record: nothing to show
        }
        return new ComplianceView.EvidenceView(Label.of(record.kind(), locale), id, description,
                shown ? "#" + anchor(record.kind().name(), id) : null);
    }

    /** The id of the element on the case page that shows a record: {@code ev-MEASURE-M3}. */
    static String anchor(String kind, String id) {
        return "ev-" + kind + "-" + UrlPaths.query(id);
    }

    static FollowUpView followUps(FollowUpPlan plan, int graceDays, CaseFile file, Locale locale) {
        List<FollowUpView.Inquiry> inquiries = plan.inquiries().stream().map(item -> inquiry(item, locale)).toList();
        TrackedItem next = plan.nextInquiry();
        List<FollowUpView.Deadline> deadlines = plan.deadlines().stream()
                .map(item -> deadline(item, plan.today(), file, locale)).toList();
        return new FollowUpView(plan.today(), plan.ruledOn(), plan.windowEndsOn(), plan.windowOpen(),
                next == null ? null : inquiry(next, locale), inquiries, deadlines, Label.of(Citation.FOLLOW_UP, locale),
                graceDays);
    }

    private static FollowUpView.Inquiry inquiry(TrackedItem item, Locale locale) {
        Boolean told = item.doneOn() == null ? null : item.creditorNotifiedOn() != null;
        return new FollowUpView.Inquiry(item.sequence(), item.dueOn(), item.doneOn(), Label.of(item.state(), locale),
                item.state().badge(), Label.of(item.result(), locale), item.creditorNotifiedOn(), told, item.sourceId());
    }

    private static FollowUpView.Deadline deadline(TrackedItem item, LocalDate today, CaseFile file, Locale locale) {
        Long daysLeft = item.state().open() ? ChronoUnit.DAYS.between(today, item.dueOn()) : null;
        Label state = Label.of(item.state(), locale);
        String badge = item.state().badge();
        if (item.state() == ItemState.OVERDUE && item.kind() == ItemKind.CONTROL_EXPIRY) {
            // nobody was late: the measure simply ran out
            state = Label.of("LAPSED", "已失效", "Lapsed", locale);
        } else if (item.state() == ItemState.OVERDUE && item.kind().duty() == ItemKind.Duty.CREDITOR) {
            state = Label.of("CLOSED", "期限已过", "Time limit passed", locale);
            badge = "badge--na";
        }
        return new FollowUpView.Deadline(item.kind().name(), Label.of(item.kind(), locale),
                Label.of(item.kind().duty(), locale), about(item, file, locale), item.startsOn(), item.dueOn(),
                item.doneOn(), state, badge, daysLeft, Label.of(item.kind().basis(), locale));
    }

    /** What a deadline concerns, in words: the frozen asset, the clue, the objection... */
    private static String about(TrackedItem item, CaseFile file, Locale locale) {
        if (item.sourceId() == null) {
            return null;
        }
        org.zhongben.portal.compliance.EvidenceKind kind = switch (item.kind()) {
            case CONTROL_EXPIRY -> org.zhongben.portal.compliance.EvidenceKind.CONTROL;
            case CLUE_VERIFICATION -> org.zhongben.portal.compliance.EvidenceKind.CLUE;
            case MEASURE_DECISION -> org.zhongben.portal.compliance.EvidenceKind.MEASURE;
            case OBJECTION_DECISION, RECONSIDERATION_FILING, RECONSIDERATION_DECISION ->
                org.zhongben.portal.compliance.EvidenceKind.REMEDY;
            case DISHONEST_DELETION -> org.zhongben.portal.compliance.EvidenceKind.LISTING;
            case DATABASE_ENTRY -> org.zhongben.portal.compliance.EvidenceKind.DOCUMENT;
            default -> null;
        };
        if (kind == null) {
            return null;
        }
        ComplianceView.EvidenceView view = evidence(new Evidence(kind, item.sourceId()), file, locale);
        if (view != null && item.kind() == ItemKind.CONTROL_EXPIRY) {
            CaseFile.Control control = find(file.controls(), item.sourceId(), CaseFile.Control::id);
            CaseFile.Asset asset = control == null ? null : find(file.assets(), control.assetId(), CaseFile.Asset::id);
            if (asset != null) {
                return join(view.description(), label(asset.category(), locale), asset.description());
            }
        }
        return view == null ? null : view.description();
    }

    private static <T> T find(List<T> records, String id, java.util.function.Function<T, String> idOf) {
        if (id == null) {
            return null;
        }
        for (T record : records) {
            if (record != null && id.equals(idOf.apply(record))) {
                return record;
            }
        }
        return null;
    }

    private static String label(org.zhongben.portal.common.i18n.Labelled value, Locale locale) {
        return value == null ? null : value.label(locale);
    }

    private static String date(LocalDate date, Locale locale) {
        return date == null ? null : Languages.formatDate(date, locale);
    }

    /** The non-blank parts separated by " · ", a part equal to the one before it left out. */
    private static String join(String... parts) {
        StringBuilder text = new StringBuilder();
        String previous = null;
        for (String part : parts) {
            if (part != null && !part.isBlank() && !part.equals(previous)) {
                previous = part;
                if (!text.isEmpty()) {
                    text.append(" · ");
                }
                text.append(part);
            }
        }
        return text.isEmpty() ? null : text.toString();
    }
}
