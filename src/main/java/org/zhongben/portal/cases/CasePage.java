package org.zhongben.portal.cases;

import java.net.URI;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;
import org.zhongben.portal.accounts.AccountService;
import org.zhongben.portal.accounts.CurrentViewer;
import org.zhongben.portal.accounts.PageContexts;
import org.zhongben.portal.accounts.Roles;
import org.zhongben.portal.accounts.Viewer;
import org.zhongben.portal.common.error.PortalException;
import org.zhongben.portal.common.web.PageContext;
import org.zhongben.portal.common.web.UrlPaths;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;

/** The creditor's pages: the list of cases and one case. Signed-out visitors are sent to the sign-in page. */
@Path("/cases")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class CasePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(PageContext page, PortfolioService.Page cases, boolean account,
                String linkError, String linked, java.util.List<org.zhongben.portal.investigations.Label> statuses);

        static native TemplateInstance detail(PageContext page, CaseDetail view);

        static native TemplateInstance objection(PageContext page, String caseNumber, ObjectionDraft draft);
    }

    private final CaseAccessService access;
    private final CaseViewService views;
    private final PortfolioService portfolio;
    private final AccountService accounts;
    private final PageContexts pages;
    private final CurrentViewer viewer;

    CasePage(CaseAccessService access, CaseViewService views, PortfolioService portfolio, AccountService accounts,
            PageContexts pages, CurrentViewer viewer) {
        this.access = access;
        this.views = views;
        this.portfolio = portfolio;
        this.accounts = accounts;
        this.pages = pages;
        this.viewer = viewer;
    }

    @GET
    public Uni<Response> list(@RestQuery String status, @RestQuery String court, @RestQuery String q,
            @RestQuery String sort, @RestQuery String after, @RestQuery String linked) {
        return viewer.resolve().chain(who -> {
            if (!mayUseCasePages(who)) {
                return Uni.createFrom().item(toLogin("/cases"));
            }
            if (who.hasRole(Roles.CLERK)) {
                // court staff have no cases of their own: their start page is the court's queue
                return Uni.createFrom().item(Response.seeOther(URI.create("/court/resumption")).build());
            }
            PortfolioService.Filter filter = new PortfolioService.Filter(status, court, q, sort, after, null);
            return portfolio.page(who, filter, pages.locale()).map(page -> {
                if (who.kind() == Viewer.Kind.PARTY && page.items().size() == 1) {
                    return Response.seeOther(URI.create(page.items().get(0).href())).build();
                }
                return Response.ok(listPage(who, page, null, linked)).build();
            });
        });
    }

    @GET
    @Path("/export.csv")
    @Produces("text/csv")
    public Uni<Response> export(@RestQuery String status, @RestQuery String court, @RestQuery String q,
            @RestQuery String sort) {
        return viewer.resolve().chain(who -> !mayUseCasePages(who) ? Uni.createFrom().item(toLogin("/cases"))
                : portfolio.exportRows(who, new PortfolioService.Filter(status, court, q, sort, null, null), pages.locale())
                        .map(rows -> CaseResource.csv(rows, pages.locale())));
    }

    @POST
    @Path("/link")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> link(@RestForm String caseNumber, @RestForm String queryCode) {
        return viewer.resolve().chain(who -> {
            if (who.kind() != Viewer.Kind.ACCOUNT) {
                return Uni.createFrom().item(toLogin("/cases"));
            }
            return accounts.linkCase(who, caseNumber, queryCode)
                    .map(party -> Response.seeOther(URI.create("/cases?linked="
                            + UrlPaths.query(party.caseNumber()))).build())
                    .onFailure(PortalException.class).recoverWithUni(failure -> portfolio
                            .page(who, new PortfolioService.Filter(null, null, null, null, null, null), pages.locale())
                            .map(page -> {
                                Response.ResponseBuilder answer = Response.status(failure.error().status())
                                        .entity(listPage(who, page, failure.error().label(pages.locale()), null));
                                if (failure.retryAfterSeconds() != null) {
                                    answer.header("Retry-After", failure.retryAfterSeconds());
                                }
                                return answer.build();
                            }));
        });
    }

    @GET
    @Path("/{caseNumber}")
    public Uni<Response> detail(@PathParam("caseNumber") String caseNumber) {
        return viewer.resolve().chain(who -> {
            if (!mayUseCasePages(who)) {
                return Uni.createFrom().item(toLogin("/cases/" + UrlPaths.segment(caseNumber)));
            }
            return access.require(who, caseNumber).chain(granted -> views.detail(granted, pages.locale()))
                    .map(view -> Response.ok(Templates.detail(pages.current(who), view).setLocale(pages.locale())).build());
        });
    }

    /** A printable objection draft listing the prescribed actions the court did not do (creditors only). */
    @GET
    @Path("/{caseNumber}/objection")
    public Uni<Response> objection(@PathParam("caseNumber") String caseNumber) {
        return viewer.resolve().chain(who -> {
            if (!mayUseCasePages(who)) {
                return Uni.createFrom().item(toLogin("/cases/" + UrlPaths.segment(caseNumber) + "/objection"));
            }
            return access.require(who, caseNumber).chain(granted -> views.objection(granted, pages.locale()))
                    .map(draft -> Response.ok(Templates.objection(pages.current(who), caseNumber, draft.orElse(null))
                            .setLocale(pages.locale())).build());
        });
    }

    private TemplateInstance listPage(Viewer who, PortfolioService.Page page, String linkError, String linked) {
        return Templates.list(pages.current(who), page, who.kind() == Viewer.Kind.ACCOUNT, linkError, linked,
                java.util.Arrays.stream(CaseStatus.values())
                        .map(status -> new org.zhongben.portal.investigations.Label(status.name(),
                                status.label(pages.locale())))
                        .toList())
                .setLocale(pages.locale());
    }

    /** Anyone signed in may try (and gets 404 for a case that is not theirs); visitors are asked to sign in. */
    private static boolean mayUseCasePages(Viewer who) {
        return !who.isAnonymous();
    }

    private static Response toLogin(String next) {
        return Response.seeOther(URI.create("/login?next=" + UrlPaths.query(next))).build();
    }
}
