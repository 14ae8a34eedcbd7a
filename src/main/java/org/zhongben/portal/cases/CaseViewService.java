package org.zhongben.portal.cases;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.zhongben.portal.accounts.Roles;
import org.zhongben.portal.audit.AuditAction;
import org.zhongben.portal.audit.AuditLog;
import org.zhongben.portal.casefile.CaseFile;
import org.zhongben.portal.casefile.CaseFileStore;
import org.zhongben.portal.casefile.StoredCaseFile;
import org.zhongben.portal.casefile.vocabulary.AssetStatus;
import org.zhongben.portal.casefile.vocabulary.CaseType;
import org.zhongben.portal.casefile.vocabulary.RulingSection;
import org.zhongben.portal.cases.CaseAccessService.CaseAccess;
import org.zhongben.portal.common.error.PortalException;
import org.zhongben.portal.common.i18n.Languages;
import org.zhongben.portal.compliance.ComplianceReport;
import org.zhongben.portal.compliance.ComplianceService;
import org.zhongben.portal.compliance.ComplianceSettings;
import org.zhongben.portal.followup.FollowUpTracker;
import org.zhongben.portal.investigations.CoverageGrid;
import org.zhongben.portal.investigations.InvestigationRecord;
import org.zhongben.portal.investigations.Label;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.smallrye.mutiny.Uni;

/**
 * Builds the case page for a viewer who may see the case: reads the stored file once (IDs masked), derives status,
 * timeline and investigation record, and records the view in the audit log, which the parties can read back.
 */
@ApplicationScoped
public class CaseViewService {

    static final int ACCESSES_SHOWN = 50;

    private final CaseFileStore store;
    private final AuditLog audit;
    private final ComplianceService compliance;
    private final Clock clock;
    private final Cache views;

    CaseViewService(CaseFileStore store, AuditLog audit, ComplianceService compliance, Clock clock,
            @CacheName("case-views") Cache views) {
        this.store = store;
        this.audit = audit;
        this.compliance = compliance;
        this.clock = clock;
        this.views = views;
    }

    /** The rule-by-rule check of a case the viewer may see; recorded as a view of the case. */
    public Uni<ComplianceView> compliance(CaseAccess access, Locale locale) {
        return audit.record(access.viewer().toActor(), AuditAction.CASE_VIEWED, access.caseId(), null)
                .chain(() -> derived(access, locale)).map(derived -> forViewer(derived.compliance(), access));
    }

    /**
     * The objection draft for a creditor of the case; empty when no prescribed action failed. Other parties get 404:
     * the draft argues the creditor's side.
     */
    public Uni<java.util.Optional<ObjectionDraft>> objection(CaseAccess access, Locale locale) {
        if (!access.creditor()) {
            return Uni.createFrom().failure(new PortalException(CaseError.NOT_FOUND));
        }
        return audit.record(access.viewer().toActor(), AuditAction.OBJECTION_DRAFTED, access.caseId(), null)
                .chain(() -> derived(access, locale)).map(derived -> {
                    String applicant = derived.stored().party(access.partyId())
                            .flatMap(party -> derived.stored().file().parties().stream()
                                    .filter(candidate -> party.externalId().equals(candidate.id())).findFirst())
                            .map(CaseFile.Party::name).orElse(null);
                    return java.util.Optional.ofNullable(
                            CaseChecks.objection(derived.report(), derived.stored().file(), applicant));
                });
    }

    /** The follow-up schedule and deadline clocks of a case the viewer may see; recorded as a view of the case. */
    public Uni<FollowUpView> followUps(CaseAccess access, Locale locale) {
        return audit.record(access.viewer().toActor(), AuditAction.CASE_VIEWED, access.caseId(), null)
                .chain(() -> derived(access, locale)).map(Derived::followUps);
    }

    /**
     * The same view for an investigation-record download, recorded as such ({@code subject}: the record's id) so the
     * creditor sees every download in "who accessed my case".
     */
    public Uni<CaseDetail> forRecord(CaseAccess access, Locale locale, String subject) {
        return audit.record(access.viewer().toActor(), AuditAction.RECORD_DOWNLOADED, access.caseId(), subject)
                .chain(() -> Uni.combine().all()
                        .unis(derived(access, locale), audit.accessesOf(access.caseId(), ACCESSES_SHOWN))
                        .with((derived, accesses) -> build(access, derived, accesses, locale)));
    }

    public Uni<CaseDetail> detail(CaseAccess access, Locale locale) {
        return audit.record(access.viewer().toActor(), AuditAction.CASE_VIEWED, access.caseId(), null)
                .chain(() -> Uni.combine().all()
                        .unis(derived(access, locale), audit.accessesOf(access.caseId(), ACCESSES_SHOWN))
                        .with((derived, accesses) -> build(access, derived, accesses, locale)));
    }

    /**
     * The parts of the page that depend only on the case file, the language and the day: built once per stored
     * version and reused by every viewer (the timeline, coverage grid and investigation record are the costly part).
     */
    record Derived(StoredCaseFile stored, CaseStatus status, CaseDetail.Status statusView, CaseDetail.Closing closing,
            CaseDetail.Ledger ledger, CaseDetail.Basis basis, Timeline timeline, String timelineSvg,
            CoverageGrid coverage, InvestigationRecord investigation, ComplianceReport report,
            ComplianceView compliance, FollowUpView followUps) {
    }

    record DerivedKey(long caseId, java.time.OffsetDateTime version, String language, LocalDate today) {
    }

    private Uni<Derived> derived(CaseAccess access, Locale locale) {
        LocalDate today = LocalDate.now(clock);
        DerivedKey key = new DerivedKey(access.caseId(), access.caseVersion(), locale.toLanguageTag(), today);
        return views.getAsync(key, ignored -> store.readMasked(access.caseId(), access.caseVersion()).map(found -> {
            StoredCaseFile stored = found.orElseThrow(() -> new PortalException(CaseError.NOT_FOUND));
            CaseFile file = stored.file();
            CaseStatus status = CaseStatus.of(stored, today);
            Timeline timeline = TimelineBuilder.of(file, today, locale, compliance.settings().tracker());
            ComplianceSettings settings = compliance.settings();
            ComplianceReport report = compliance.evaluate(stored, today);
            return new Derived(stored, status, status(status, file, locale), closing(file, locale), ledger(file),
                    basis(file, locale), timeline, TimelineSvg.render(timeline, locale), CoverageGrid.of(file, locale),
                    InvestigationRecord.of(file, today, locale), report, CaseChecks.compliance(report, file, locale),
                    CaseChecks.followUps(FollowUpTracker.track(file, today, settings.tracker()),
                            settings.tracker().followUpGraceDays(), file, locale));
        }));
    }

    CaseDetail build(CaseAccess access, Derived derived, List<AuditLog.Access> accesses, Locale locale) {
        StoredCaseFile stored = derived.stored();
        CaseFile file = stored.file();
        boolean english = Languages.isEnglish(locale);
        return new CaseDetail(file.caseNumber(), Label.of(org.zhongben.portal.casefile.CaseNumber.parse(file.caseNumber())
                .map(number -> number.type()).orElse(CaseType.ZHI), locale), file.courtCode(), file.courtName(),
                file.docketedOn(),
                file.judge() == null ? null : new CaseDetail.Officer(file.judge().name(), file.judge().phone()),
                Label.of(access.role(), locale), derived.statusView(), derived.closing(), derived.ledger(),
                derived.basis(), parties(stored, access, locale),
                file.parentCaseNumber() == null ? null : new CaseDetail.LinkedCase(file.parentCaseNumber(), null, null, false),
                stored.childCases().stream().map(child -> new CaseDetail.LinkedCase(child.caseNumber(),
                        Label.of(child.closingMode(), locale), child.docketedOn(), false)).toList(),
                derived.timeline(), derived.timelineSvg(), derived.coverage(), derived.investigation(),
                forViewer(derived.compliance(), access),
                derived.followUps(), nextSteps(derived.status(), access, english), accesses(accesses, access, locale),
                stored.updatedAt());
    }

    /** The objection route is the creditor's; other parties see the checklist without it. */
    private static ComplianceView forViewer(ComplianceView compliance, CaseAccess access) {
        return access.creditor() ? compliance
                : new ComplianceView(compliance.engineVersion(), compliance.evaluatedOn(), compliance.counts(),
                        compliance.groups(), null);
    }

    private static CaseDetail.Status status(CaseStatus status, CaseFile file, Locale locale) {
        LocalDate ruled = file.ruling() != null ? file.ruling().ruledOn() : null;
        LocalDate since = switch (status) {
            case CLOSED_ZHONGBEN, CLOSED_ZHONGBEN_FOLLOWUP_ENDED, CLOSED_FINAL -> file.closedOn();
            case IN_ENFORCEMENT, SUSPENDED -> file.docketedOn();
            default -> null;
        };
        return new CaseDetail.Status(status.name(), status.label(locale), status.explanation(locale), since,
                Label.of(file.closingMode(), locale),
                ruled == null ? null : ruled.plusYears(CaseStatus.FOLLOW_UP_YEARS));
    }

    private static CaseDetail.Closing closing(CaseFile file, Locale locale) {
        CaseFile.Ruling ruling = file.ruling();
        if (ruling == null) {
            return null;
        }
        List<Label> cannotDispose = file.assets().stream()
                .filter(asset -> asset.status() == AssetStatus.CANNOT_DISPOSE && asset.cannotDisposeReason() != null)
                .map(asset -> asset.cannotDisposeReason()).distinct().map(reason -> Label.of(reason, locale)).toList();
        Set<RulingSection> missing = EnumSet.allOf(RulingSection.class);
        ruling.statedSections().forEach(missing::remove);
        return new CaseDetail.Closing(ruling.number(), ruling.ruledOn(), ruling.servedOn(), Label.of(ruling.reason(), locale),
                Label.of(ruling.approvalRoute(), locale), cannotDispose,
                ruling.statedSections().stream().map(section -> Label.of(section, locale)).toList(),
                missing.stream().map(section -> Label.of(section, locale)).toList(),
                Boolean.TRUE.equals(ruling.publishedOnline()), ruling.publicationUrl());
    }

    private static CaseDetail.Ledger ledger(CaseFile file) {
        BigDecimal paid = file.payments().stream().map(CaseFile.Payment::amount).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new CaseDetail.Ledger(file.claimedAmount(), file.realisedAmount(), file.unperformedAmount(), paid,
                file.payments().stream().sorted(java.util.Comparator.comparing(CaseFile.Payment::paidOn))
                        .map(payment -> new CaseDetail.Payment(payment.paidOn(), payment.amount(), payment.description()))
                        .toList());
    }

    private static CaseDetail.Basis basis(CaseFile file, Locale locale) {
        CaseFile.Basis basis = file.basis();
        return basis == null ? null
                : new CaseDetail.Basis(Label.of(basis.type(), locale), basis.issuingBody(),
                        basis.documentNumber(), basis.effectiveOn(), basis.performanceDueOn());
    }

    private static List<CaseDetail.PartyView> parties(StoredCaseFile stored, CaseAccess access, Locale locale) {
        String yours = stored.party(access.partyId()).map(StoredCaseFile.StoredParty::externalId).orElse(null);
        List<CaseDetail.PartyView> views = new ArrayList<>();
        for (CaseFile.Party party : stored.file().parties()) {
            views.add(new CaseDetail.PartyView(party.id(), Label.of(party.role(), locale), Label.of(party.kind(), locale),
                    party.name(), Label.of(party.idType(), locale), party.idNumber(), party.legalRepresentative(),
                    party.id().equals(yours)));
        }
        return views;
    }

    private static List<CaseDetail.NextStep> nextSteps(CaseStatus status, CaseAccess access, boolean english) {
        List<CaseDetail.NextStep> steps = new ArrayList<>();
        if (!access.creditor()) {
            return steps;
        }
        String number = org.zhongben.portal.common.web.UrlPaths.segment(access.caseNumber());
        if (status == CaseStatus.CLOSED_ZHONGBEN || status == CaseStatus.CLOSED_ZHONGBEN_FOLLOWUP_ENDED) {
            steps.add(new CaseDetail.NextStep("APPLY_RESUMPTION", english ? "Apply to resume enforcement" : "申请恢复执行",
                    english ? "Found property of the debtor? Apply with the property clues and evidence; there is no time "
                            + "limit, and the court must resume if it confirms the property (终本规定 Art. 9 [C])."
                            : "发现被执行人的财产?提交财产线索和证据即可申请恢复执行,没有期限限制;法院核查属实的,应当恢复执行(终本规定第九条)。",
                    "/cases/" + number + "/resumption/new"));
            steps.add(new CaseDetail.NextStep("OBJECT", english ? "Object to the termination" : "对终本提出异议",
                    english ? "If the court closed the case without doing what the rules require, you may raise an "
                            + "enforcement objection (执行异议). See the checklist below for what was not done."
                            : "如果法院未完成规定动作就终本,您可以提出执行异议。请查看下方核对清单中未完成的事项。",
                    "/cases/" + number + "#compliance"));
            steps.add(new CaseDetail.NextStep("ASK_INQUIRY", english ? "Ask about the next inquiry" : "询问下一次查询",
                    english ? "The court must query the debtor's property every six months for five years and tell you "
                            + "the result. If an inquiry is overdue, contact the judge in charge."
                            : "终本后五年内,法院应每六个月查询一次被执行人财产并告知结果。如查询逾期,可联系承办法官。",
                    "/cases/" + number + "#follow-ups"));
        }
        if (!access.viewer().hasRole(Roles.LAWYER)) {
            steps.add(new CaseDetail.NextStep("LAWYERS", english ? "Authorise a lawyer" : "委托代理律师",
                    english ? "Let a checked lawyer see this case, download the investigation record and apply for you; "
                            + "you can revoke it at any time."
                            : "授权已核验的律师查看本案、下载调查记录并代为申请;您可以随时撤销授权。",
                    "/cases/" + number + "/lawyers"));
        }
        return steps;
    }

    private static List<CaseDetail.AccessView> accesses(List<AuditLog.Access> accesses, CaseAccess access,
            Locale locale) {
        boolean english = Languages.isEnglish(locale);
        return accesses.stream().map(entry -> new CaseDetail.AccessView(entry.at(),
                entry.actorLabel() == null ? "—" : entry.actorLabel(), roleLabel(entry.actorRole(), english),
                entry.action().label(locale))).toList();
    }

    /** A role as the pages name it: 申请执行人, 代理律师, ... */
    public static String roleLabel(String role, boolean english) {
        if (role == null) {
            return english ? "unknown" : "未知";
        }
        return switch (role) {
            case Roles.CREDITOR -> english ? "creditor" : "申请执行人";
            case Roles.DEBTOR -> english ? "debtor" : "被执行人";
            case Roles.LAWYER -> english ? "lawyer" : "代理律师";
            case Roles.CLERK -> english ? "court staff" : "法院工作人员";
            case Roles.SUPERVISOR -> english ? "supervising court" : "上级法院监督人员";
            case Roles.COURT_SYSTEM -> english ? "court system" : "法院系统";
            default -> english ? "system" : "系统";
        };
    }
}
