package org.zhongben.portal.resumption;

import java.net.URI;
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
import org.zhongben.portal.accounts.CurrentViewer;
import org.zhongben.portal.accounts.PageContexts;
import org.zhongben.portal.accounts.Viewer;
import org.zhongben.portal.casefile.vocabulary.ClueResult;
import org.zhongben.portal.common.concurrent.Offload;
import org.zhongben.portal.common.error.PortalException;
import org.zhongben.portal.common.web.PageContext;
import org.zhongben.portal.investigations.Label;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;

/**
 * The court's pages: a clerk's queue of the court's applications and one application with the clerk's actions. A
 * refused action comes back to the application with the reason and nothing changed.
 */
@Path("/court/resumption")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class ClerkPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queue(PageContext page, ClerkQueue queue);

        static native TemplateInstance detail(PageContext page, ClerkDetail detail, String error, String notice);
    }

    private final ClerkService clerks;
    private final ResumptionService applications;
    private final PageContexts pages;
    private final CurrentViewer viewer;

    ClerkPage(ClerkService clerks, ResumptionService applications, PageContexts pages, CurrentViewer viewer) {
        this.clerks = clerks;
        this.applications = applications;
        this.pages = pages;
        this.viewer = viewer;
    }

    @GET
    public Uni<Response> queue() {
        Locale locale = pages.locale();
        return asClerk("", who -> Offload.toWorker(
                () -> Response.ok(Templates.queue(pages.current(who), clerks.queue(who, locale)).setLocale(locale))
                        .build()));
    }

    @GET
    @Path("/{id}")
    public Uni<Response> detail(@PathParam("id") long id, @RestQuery String done) {
        Locale locale = pages.locale();
        return asClerk("/" + id, who -> Offload.toWorker(() -> Response
                .ok(Templates.detail(pages.current(who), clerks.detail(who, id, locale), null,
                        done == null ? null : Label.text(locale, "已记录。", "Recorded.")).setLocale(locale))
                .build()));
    }

    @POST
    @Path("/{id}/materials")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> requestMaterials(@PathParam("id") long id, @RestForm long version, @RestForm String message) {
        return act(id, who -> clerks.requestMaterials(who, id, version, message));
    }

    @POST
    @Path("/{id}/clues/{clueId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> verifyClue(@PathParam("id") long id, @PathParam("clueId") long clueId, @RestForm long version,
            @RestForm String result, @RestForm String note) {
        return act(id, who -> clerks.verifyClue(who, id, version, clueId, parse(ClueResult.class, result), note));
    }

    @POST
    @Path("/{id}/urgent")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> urgentControl(@PathParam("id") long id, @RestForm long version, @RestForm String note) {
        return act(id, who -> clerks.urgentControl(who, id, version, note));
    }

    @POST
    @Path("/{id}/accept")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> accept(@PathParam("id") long id, @RestForm long version, @RestForm String childCaseNumber,
            @RestForm String note) {
        return act(id, who -> clerks.accept(who, id, version, childCaseNumber, note));
    }

    @POST
    @Path("/{id}/reject")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> reject(@PathParam("id") long id, @RestForm long version, @RestForm String reason,
            @RestForm String note) {
        return act(id, who -> clerks.reject(who, id, version, parse(RejectionReason.class, reason), note));
    }

    @GET
    @Path("/{id}/evidence/{evidenceId}")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    public RestMulti<byte[]> evidence(@PathParam("id") long id, @PathParam("evidenceId") long evidenceId) {
        return EvidenceDownload.of(viewer.resolve().chain(who -> Offload.toWorker(() -> clerks.evidence(who, id,
                evidenceId))), applications);
    }

    // ------------------------------------------------------------------------------------------------------------

    @FunctionalInterface
    private interface ClerkAction {
        Uni<Response> run(Viewer who);
    }

    @FunctionalInterface
    private interface Decision {
        void run(Viewer who);
    }

    /** Visitors sign in first; anyone signed in who is not staff of a court gets "not found". */
    private Uni<Response> asClerk(String rest, ClerkAction action) {
        return viewer.resolve().chain(who -> {
            if (who.isAnonymous()) {
                return Uni.createFrom().item(Response.seeOther(URI.create("/login?next="
                        + org.zhongben.portal.common.web.UrlPaths.query("/court/resumption" + rest))).build());
            }
            if (!ClerkService.isClerk(who)) {
                return Uni.createFrom().failure(new PortalException(ResumptionError.NOT_FOUND));
            }
            return action.run(who);
        });
    }

    private Uni<Response> act(long id, Decision decision) {
        Locale locale = pages.locale();
        return asClerk("/" + id, who -> Offload.toWorker(() -> {
            try {
                decision.run(who);
                return Response.seeOther(URI.create("/court/resumption/" + id + "?done=1")).build();
            } catch (PortalException refused) {
                if (refused.error() == ResumptionError.NOT_FOUND) {
                    throw refused;
                }
                return Response.status(refused.error().status())
                        .entity(Templates.detail(pages.current(who), clerks.detail(who, id, locale),
                                refused.error().label(locale), null).setLocale(locale))
                        .build();
            }
        }));
    }

    /** A posted choice; an unknown or missing one is treated as no choice, which the service refuses clearly. */
    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
