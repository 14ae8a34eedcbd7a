package org.zhongben.portal.statistics;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;
import org.zhongben.portal.accounts.CurrentViewer;
import org.zhongben.portal.accounts.PageContexts;
import org.zhongben.portal.common.i18n.Languages;
import org.zhongben.portal.common.i18n.RequestLanguage;
import org.zhongben.portal.common.web.PageContext;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;

/**
 * Per-court and national transparency figures: the page (charts drawn as SVG, with their tables), the CSV of every
 * table, and the JSON API.
 */
@Path("/")
@PermitAll
public class StatisticsPage {

    /** What the page shows for one court or the nation. */
    public record View(StatisticsService.CourtFigures figures, List<Chart> charts, List<CourtYear> latestByCourt,
            String refresh) {
    }

    /** A chart and its caption (the caption is also the SVG's title). */
    public record Chart(String title, String svg) {

        static Chart of(String title, List<BarChart.Bar> bars) {
            return new Chart(title, BarChart.svg(title, bars));
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance statistics(PageContext page, View view);
    }

    private final StatisticsService statistics;
    private final PageContexts pages;
    private final CurrentViewer viewer;
    private final String refreshInterval;

    StatisticsPage(StatisticsService statistics, PageContexts pages, CurrentViewer viewer,
            @ConfigProperty(name = "portal.statistics.refresh-interval") String refreshInterval) {
        this.statistics = statistics;
        this.pages = pages;
        this.viewer = viewer;
        this.refreshInterval = refreshInterval;
    }

    @GET
    @Path("statistics")
    @Produces(MediaType.TEXT_HTML)
    public Uni<TemplateInstance> page(@RestQuery String court) {
        Locale locale = pages.locale();
        boolean en = Languages.isEnglish(locale);
        return viewer.resolve().chain(who -> statistics.court(court).chain(figures -> statistics
                .courtsInYear(figures.years().isEmpty() ? null : figures.years().get(0).year()).map(latest -> {
                    List<CourtYear> years = figures.years().stream().sorted(Comparator.comparingInt(CourtYear::year)).toList();
                    View view = new View(figures, List.of(
                            Chart.of(en ? "Share of closures by 终本 (%)" : "终本结案占比(%)",
                                    bars(years, CourtYear::zhongbenShare)),
                            Chart.of(en ? "终本 cases meeting every prescribed action (%)" : "规定动作全部满足的终本案件占比(%)",
                                    bars(years, CourtYear::compliantShare)),
                            Chart.of(en ? "Follow-up inquiries on time (%)" : "定期查询按期完成率(%)",
                                    bars(years, CourtYear::followUpOnTimeShare)),
                            Chart.of(en ? "Resumption applications accepted (%)" : "恢复执行申请准予率(%)",
                                    bars(years, CourtYear::resumptionAcceptedShare))),
                            latest, refreshInterval);
                    return Templates.statistics(pages.current(who), view).setLocale(locale);
                })));
    }

    private static List<BarChart.Bar> bars(List<CourtYear> years,
            java.util.function.Function<CourtYear, java.math.BigDecimal> share) {
        return years.stream().map(row -> new BarChart.Bar(String.valueOf(row.year()), share.apply(row))).toList();
    }

    @GET
    @Path("statistics/courts.csv")
    @Produces("text/csv")
    public Uni<Response> csv(HttpHeaders headers) {
        Locale locale = RequestLanguage.of(headers);
        return statistics.all().map(rows -> {
            StreamingOutput body = out -> StatisticsService.writeCsv(rows, locale, out);
            return Response.ok(body, "text/csv; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"court-statistics.csv\"").build();
        });
    }

    @GET
    @Path("api/v1/statistics/courts")
    @Produces(MediaType.APPLICATION_JSON)
    @Tag(name = "Statistics")
    @Operation(summary = "Every court's figures per year, and the national ones (court code empty)", description = "Recomputed "
            + "on a schedule (portal.statistics.refresh-interval); refreshedAt says when.")
    public Uni<List<CourtYear>> courts() {
        return statistics.all();
    }

    @GET
    @Path("api/v1/statistics/courts/{courtCode}")
    @Produces(MediaType.APPLICATION_JSON)
    @Tag(name = "Statistics")
    @Operation(summary = "One court's figures per year and its most-failed checks of the latest year")
    public Uni<StatisticsService.CourtFigures> court(@PathParam("courtCode") String courtCode) {
        return statistics.court(courtCode);
    }
}
