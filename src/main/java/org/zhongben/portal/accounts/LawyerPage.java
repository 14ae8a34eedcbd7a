package org.zhongben.portal.accounts;

import java.net.URI;
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
import org.jboss.resteasy.reactive.RestMulti;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.zhongben.portal.common.concurrent.Offload;
import org.zhongben.portal.common.error.PortalException;
import org.zhongben.portal.common.evidence.FileNames;
import org.zhongben.portal.common.web.PageContext;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;

/**
 * The lawyer's desk ({@code /lawyer}) and the court's list of licences and requests to decide
 * ({@code /court/lawyers}). A refused form comes back with the reason; nothing is half-written.
 */
@Path("/")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class LawyerPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance desk(PageContext page, LawyerStatus lawyer, List<Delegation> delegations,
                String error, String notice, LocalDate defaultExpiry);

        static native TemplateInstance court(PageContext page, List<LawyerStatus> licences, List<Delegation> requests,
                String error, String notice);
    }

    private final DelegationService delegations;
    private final PageContexts pages;
    private final CurrentViewer viewer;
    private final java.time.Clock clock;

    LawyerPage(DelegationService delegations, PageContexts pages, CurrentViewer viewer, java.time.Clock clock) {
        this.delegations = delegations;
        this.pages = pages;
        this.viewer = viewer;
        this.clock = clock;
    }

    @GET
    @Path("lawyer")
    public Uni<Response> desk(@RestQuery String done) {
        Locale locale = pages.locale();
        return signedIn("/lawyer", who -> Offload.toWorker(() -> deskPage(who, 200, null,
                done == null ? null : LawyerTexts.notice(done, locale))));
    }

    @POST
    @Path("lawyer/requests")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Uni<Response> request(@RestForm String caseNumber, @RestForm String creditorName, @RestForm String expiresOn,
            @RestForm("attorney") FileUpload attorney) {
        Locale locale = pages.locale();
        return signedIn("/lawyer", who -> Offload.toWorker(() -> {
            try {
                if (attorney == null || attorney.uploadedFile() == null) {
                    throw new PortalException(AccountsError.POWER_OF_ATTORNEY_INVALID);
                }
                delegations.request(who, caseNumber, creditorName, LawyerTexts.date(expiresOn), attorney.uploadedFile(),
                        attorney.fileName());
                return Response.seeOther(URI.create("/lawyer?done=requested")).build();
            } catch (PortalException refused) {
                return deskPage(who, refused.error().status(), refused.error().label(locale), null);
            }
        }));
    }

    @GET
    @Path("court/lawyers")
    public Uni<Response> court(@RestQuery String done) {
        Locale locale = pages.locale();
        return asClerk(who -> Offload.toWorker(() -> courtPage(who, 200, null,
                done == null ? null : LawyerTexts.notice("decided", locale))));
    }

    @POST
    @Path("court/lawyers/licences/{accountId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> decideLicence(@PathParam("accountId") long accountId, @RestForm String decision,
            @RestForm String note) {
        return clerkAction(who -> delegations.decideLicence(who, accountId, "verify".equals(decision), note));
    }

    @POST
    @Path("court/lawyers/requests/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> decideRequest(@PathParam("id") long id, @RestForm long version, @RestForm String decision,
            @RestForm String expiresOn, @RestForm String note) {
        return clerkAction(who -> delegations.decide(who, id, version, "approve".equals(decision),
                LawyerTexts.date(expiresOn), note));
    }

    @GET
    @Path("court/lawyers/requests/{id}/attorney")
    @Produces("application/pdf")
    public RestMulti<byte[]> attorney(@PathParam("id") long id) {
        return RestMulti.fromUniResponse(viewer.resolve().chain(who -> Offload.toWorker(() -> delegations.ofCourt(who, id))),
                delegations::attorney,
                found -> java.util.Map.of("Content-Type", List.of("application/pdf"),
                        "Content-Disposition", List.of(FileNames.contentDisposition("attachment",
                                found.attorneyFileName() == null ? "attorney.pdf" : found.attorneyFileName())),
                        "X-Content-Type-Options", List.of("nosniff"), "Cache-Control", List.of("private, no-store")),
                found -> 200);
    }

    // ------------------------------------------------------------------------------------------------------------

    @FunctionalInterface
    private interface Action {
        Uni<Response> run(Viewer who);
    }

    @FunctionalInterface
    private interface Decision {
        void run(Viewer who);
    }

    private Response deskPage(Viewer who, int status, String error, String notice) {
        LawyerStatus lawyer = delegations.lawyer(who.accountId())
                .orElseThrow(() -> new PortalException(AccountsError.DELEGATION_NOT_FOUND));
        return Response.status(status).entity(Templates.desk(pages.current(who), lawyer,
                delegations.forLawyer(who.accountId()), error, notice, LocalDate.now(clock).plusYears(1))
                .setLocale(pages.locale())).build();
    }

    private Response courtPage(Viewer who, int status, String error, String notice) {
        return Response.status(status).entity(Templates.court(pages.current(who), delegations.pendingLawyers(who),
                delegations.pendingRequests(who), error, notice).setLocale(pages.locale())).build();
    }

    private Uni<Response> signedIn(String path, Action action) {
        return viewer.resolve().chain(who -> {
            if (who.isAnonymous()) {
                return Uni.createFrom().item(Response.seeOther(URI.create("/login?next=" + path)).build());
            }
            if (who.kind() != Viewer.Kind.ACCOUNT || !who.hasRole(Roles.LAWYER)) {
                return Uni.createFrom().failure(new PortalException(AccountsError.DELEGATION_NOT_FOUND));
            }
            return action.run(who);
        });
    }

    private Uni<Response> asClerk(Action action) {
        return viewer.resolve().chain(who -> {
            if (who.isAnonymous()) {
                return Uni.createFrom().item(Response.seeOther(URI.create("/login?next=/court/lawyers")).build());
            }
            if (who.kind() != Viewer.Kind.ACCOUNT || !who.hasRole(Roles.CLERK) || who.courtCode() == null) {
                return Uni.createFrom().failure(new PortalException(AccountsError.DELEGATION_NOT_FOUND));
            }
            return action.run(who);
        });
    }

    private Uni<Response> clerkAction(Decision decision) {
        Locale locale = pages.locale();
        return asClerk(who -> Offload.toWorker(() -> {
            try {
                decision.run(who);
                return Response.seeOther(URI.create("/court/lawyers?done=1")).build();
            } catch (PortalException refused) {
                if (refused.error() == AccountsError.DELEGATION_NOT_FOUND) {
                    throw refused;
                }
                return courtPage(who, refused.error().status(), refused.error().label(locale), null);
            }
        }));
    }
}
