package org.zhongben.portal.cases;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;
import org.zhongben.portal.accounts.CurrentViewer;
import org.zhongben.portal.common.i18n.RequestLanguage;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;

/** The creditor's view of cases as JSON: the same content as the pages. */
@Path("/api/v1/cases")
@Tag(name = "Cases")
@SecurityRequirement(name = "bearer")
@Authenticated
public class CaseResource {

    private final CaseAccessService access;
    private final CaseViewService views;
    private final PortfolioService portfolio;
    private final CurrentViewer viewer;

    CaseResource(CaseAccessService access, CaseViewService views, PortfolioService portfolio, CurrentViewer viewer) {
        this.access = access;
        this.views = views;
        this.portfolio = portfolio;
        this.viewer = viewer;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The signed-in party's cases", description = "Filter by status (a CaseStatus code), court "
            + "code or part of the case number; sort by docketed, unperformed, next-due or case-number; page with the "
            + "'next' cursor of the previous answer.")
    public Uni<PortfolioService.Page> list(@RestQuery String status, @RestQuery String court, @RestQuery String q,
            @RestQuery String sort, @RestQuery String after, @RestQuery Integer limit, HttpHeaders headers) {
        return viewer.resolve().chain(who -> portfolio.page(who,
                new PortfolioService.Filter(status, court, q, sort, after, limit), RequestLanguage.of(headers)));
    }

    @GET
    @Path("/export")
    @Produces("text/csv")
    @Operation(summary = "The signed-in party's cases as CSV (UTF-8 with BOM)")
    public Uni<Response> export(@RestQuery String status, @RestQuery String court, @RestQuery String q,
            @RestQuery String sort, HttpHeaders headers) {
        var locale = RequestLanguage.of(headers);
        return viewer.resolve().chain(who -> portfolio.exportRows(who,
                new PortfolioService.Filter(status, court, q, sort, null, null), locale)).map(rows -> csv(rows, locale));
    }

    @GET
    @Path("/{caseNumber}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One case: status and reasons, money, timeline, investigations, who accessed it", description = "A case the caller may not see answers 404. Each call is recorded in the case's audit trail.")
    public Uni<CaseDetail> detail(@PathParam("caseNumber") String caseNumber, HttpHeaders headers) {
        return viewer.resolve().chain(who -> access.require(who, caseNumber))
                .chain(granted -> views.detail(granted, RequestLanguage.of(headers)));
    }

    @GET
    @Path("/{caseNumber}/compliance")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The rule-by-rule check of the court's prescribed actions (C1–C14) and duties after termination (P1–P15)", description = "Each check has a verdict (PASS, FAIL, NOT_APPLICABLE, UNKNOWN), its legal bases with confidence tags ([C] confirmed, [S] secondary, [R] recalled, [P] practice), the evidence it relied on, an explanation and what the creditor can do. Computed for today. A case the caller may not see answers 404.")
    public Uni<ComplianceView> compliance(@PathParam("caseNumber") String caseNumber, HttpHeaders headers) {
        return viewer.resolve().chain(who -> access.require(who, caseNumber))
                .chain(granted -> views.compliance(granted, RequestLanguage.of(headers)));
    }

    @GET
    @Path("/{caseNumber}/follow-ups")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The ten follow-up inquiries owed after 终本 and the deadline clocks of the case", description = "Inquiries with due date, date made, result and whether the creditor was told; freeze and seizure expiries; court decisions and the creditor's own time limits. A case the caller may not see answers 404.")
    public Uni<FollowUpView> followUps(@PathParam("caseNumber") String caseNumber, HttpHeaders headers) {
        return viewer.resolve().chain(who -> access.require(who, caseNumber))
                .chain(granted -> views.followUps(granted, RequestLanguage.of(headers)));
    }

    static Response csv(List<CaseSummaryView> rows, java.util.Locale locale) {
        StreamingOutput body = out -> PortfolioService.writeCsv(rows, locale, out);
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"cases.csv\"").build();
    }
}
