package org.zhongben.portal.cases;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

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
import org.zhongben.portal.accounts.CurrentViewer;
import org.zhongben.portal.accounts.Delegation;
import org.zhongben.portal.accounts.DelegationService;
import org.zhongben.portal.accounts.LawyerTexts;
import org.zhongben.portal.accounts.PageContexts;
import org.zhongben.portal.accounts.Roles;
import org.zhongben.portal.accounts.Viewer;
import org.zhongben.portal.cases.CaseAccessService.CaseAccess;
import org.zhongben.portal.common.concurrent.Offload;
import org.zhongben.portal.common.error.PortalException;
import org.zhongben.portal.common.web.PageContext;
import org.zhongben.portal.common.web.UrlPaths;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;

/**
 * The creditor's list of lawyers for a case: authorise a checked lawyer directly, revoke any authorisation (effective
 * on the lawyer's next request). Only the creditor party itself manages them, not a lawyer acting for it.
 */
@Path("/cases/{caseNumber}/lawyers")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class CaseLawyersPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance lawyers(PageContext page, String caseNumber, List<Delegation> delegations,
                String error, String notice, LocalDate defaultExpiry);
    }

    private final CaseAccessService access;
    private final DelegationService delegations;
    private final PageContexts pages;
    private final CurrentViewer viewer;
    private final Clock clock;

    CaseLawyersPage(CaseAccessService access, DelegationService delegations, PageContexts pages, CurrentViewer viewer,
            Clock clock) {
        this.access = access;
        this.delegations = delegations;
        this.pages = pages;
        this.viewer = viewer;
        this.clock = clock;
    }

    @GET
    public Uni<Response> list(@PathParam("caseNumber") String caseNumber, @RestQuery String done) {
        Locale locale = pages.locale();
        return asCreditor(caseNumber, (who, granted) -> Offload.toWorker(
                () -> page(who, granted, 200, null, done == null ? null : LawyerTexts.notice(done, locale))));
    }

    @POST
    @Path("/grant")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> grant(@PathParam("caseNumber") String caseNumber, @RestForm String email,
            @RestForm String licenceNumber, @RestForm String expiresOn) {
        return change(caseNumber, "granted", (who, granted) -> delegations.grant(who, granted.caseId(),
                granted.partyId(), email, licenceNumber, LawyerTexts.date(expiresOn)));
    }

    @POST
    @Path("/{id}/revoke")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> revoke(@PathParam("caseNumber") String caseNumber, @PathParam("id") long id) {
        return change(caseNumber, "revoked", (who, granted) -> delegations.revoke(who, granted.partyId(), id));
    }

    @FunctionalInterface
    private interface Action {
        Uni<Response> run(Viewer who, CaseAccess granted);
    }

    @FunctionalInterface
    private interface Change {
        void run(Viewer who, CaseAccess granted);
    }

    private Response page(Viewer who, CaseAccess granted, int status, String error, String notice) {
        return Response.status(status).entity(Templates.lawyers(pages.current(who), granted.caseNumber(),
                delegations.forParty(granted.partyId()), error, notice, LocalDate.now(clock).plusYears(1))
                .setLocale(pages.locale())).build();
    }

    private Uni<Response> change(String caseNumber, String done, Change change) {
        Locale locale = pages.locale();
        return asCreditor(caseNumber, (who, granted) -> Offload.toWorker(() -> {
            try {
                change.run(who, granted);
                return Response.seeOther(URI.create("/cases/" + UrlPaths.segment(granted.caseNumber())
                        + "/lawyers?done=" + done)).build();
            } catch (PortalException refused) {
                return page(who, granted, refused.error().status(), refused.error().label(locale), null);
            }
        }));
    }

    /** The creditor party itself (signed in with its code or a linked account); anyone else gets "not found". */
    private Uni<Response> asCreditor(String caseNumber, Action action) {
        return viewer.resolve().chain(who -> {
            if (who.isAnonymous()) {
                return Uni.createFrom().item(Response.seeOther(URI.create("/login?next="
                        + UrlPaths.query("/cases/" + UrlPaths.segment(caseNumber) + "/lawyers"))).build());
            }
            if (who.hasRole(Roles.LAWYER)) {
                return Uni.createFrom().failure(new PortalException(CaseError.NOT_FOUND));
            }
            return access.require(who, caseNumber).chain(granted -> granted.creditor() ? action.run(who, granted)
                    : Uni.createFrom().failure(new PortalException(CaseError.NOT_FOUND)));
        });
    }
}
