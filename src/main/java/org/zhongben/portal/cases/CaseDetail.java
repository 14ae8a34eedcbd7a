package org.zhongben.portal.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.zhongben.portal.investigations.CoverageGrid;
import org.zhongben.portal.investigations.InvestigationRecord;
import org.zhongben.portal.investigations.Label;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * Everything the case page shows, in the viewer's language: the JSON API returns the same record, so page and API
 * never disagree. Personal ID numbers are masked.
 */
public record CaseDetail(
        String caseNumber,
        Label caseType,
        String courtCode,
        String courtName,
        LocalDate docketedOn,
        Officer judge,
        Label viewerRole,
        Status status,
        Closing closing,
        Ledger ledger,
        Basis basis,
        List<PartyView> parties,
        LinkedCase parentCase,
        List<LinkedCase> resumedBy,
        Timeline timeline,
        @JsonIgnore String timelineSvg,
        CoverageGrid coverage,
        InvestigationRecord investigation,
        ComplianceView compliance,
        FollowUpView followUps,
        List<NextStep> nextSteps,
        List<AccessView> accesses,
        OffsetDateTime dataUpdatedAt) {

    public record Officer(String name, String phone) {
    }

    /** The status in plain language, with the date it began where known. */
    public record Status(String code, String label, String explanation, LocalDate since, Label closingMode,
            LocalDate followUpWindowEnds) {
    }

    /** Why and how the case was closed by 终本. */
    public record Closing(String rulingNumber, LocalDate ruledOn, LocalDate servedOn, Label reason, Label approvalRoute,
            List<Label> cannotDisposeReasons, List<Label> statedSections, List<Label> missingSections,
            boolean publishedOnline, String publicationUrl) {
    }

    public record Ledger(BigDecimal claimed, BigDecimal realised, BigDecimal unperformed, BigDecimal paidInTotal,
            List<Payment> payments) {
    }

    public record Payment(LocalDate paidOn, BigDecimal amount, String description) {
    }

    public record Basis(Label type, String issuingBody, String documentNumber, LocalDate effectiveOn,
            LocalDate performanceDueOn) {
    }

    public record PartyView(String id, Label role, Label kind, String name, Label idType, String idNumberMasked,
            String legalRepresentative, boolean you) {
    }

    public record LinkedCase(String caseNumber, Label closingMode, LocalDate docketedOn, boolean accessible) {
    }

    /** Something the creditor can do now, with where to do it (null href: explained, not yet online). */
    public record NextStep(String code, String title, String text, String href) {
    }

    /** One access to the case, as "who accessed my case" shows it. */
    public record AccessView(OffsetDateTime at, String who, String role, String action) {
    }
}
