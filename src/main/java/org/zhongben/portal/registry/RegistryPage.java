package org.zhongben.portal.registry;

import java.net.URI;
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
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.zhongben.portal.accounts.CurrentViewer;
import org.zhongben.portal.accounts.PageContexts;
import org.zhongben.portal.accounts.Roles;
import org.zhongben.portal.accounts.Viewer;
import org.zhongben.portal.common.concurrent.Offload;
import org.zhongben.portal.common.error.PortalException;
import org.zhongben.portal.common.web.PageContext;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;

/**
 * The registry's pages: the search, the correction form for an entry, and the court's queue of correction requests.
 * A refused search or form comes back with the reason and what was typed.
 */
@Path("/")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class RegistryPage {

    /** What the search form shows again after a search. */
    public record Form(String name, String match, String id, String court, String caseNumber, String from, String to,
            String minAmount, String maxAmount) {

        public boolean any() {
            return java.util.stream.Stream.of(name, id, court, caseNumber, from, to, minAmount, maxAmount)
                    .anyMatch(value -> value != null && !value.isBlank());
        }

        public String nextLink(String next) {
            StringBuilder link = new StringBuilder("/registry?after=").append(next);
            append(link, "name", name);
            append(link, "match", match);
            append(link, "id", id);
            append(link, "court", court);
            append(link, "caseNumber", caseNumber);
            append(link, "from", from);
            append(link, "to", to);
            append(link, "minAmount", minAmount);
            append(link, "maxAmount", maxAmount);
            return link.toString();
        }

        private static void append(StringBuilder link, String key, String value) {
            if (value != null && !value.isBlank()) {
                link.append('&').append(key).append('=').append(org.zhongben.portal.common.web.UrlPaths.query(value));
            }
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance search(PageContext page, Form form, RegistryService.Page results, String error);

        static native TemplateInstance correction(PageContext page, String ref, String error, boolean sent);

        static native TemplateInstance corrections(PageContext page, List<CorrectionService.Correction> requests,
                String error);
    }

    private final RegistryService registry;
    private final CorrectionService corrections;
    private final PageContexts pages;
    private final CurrentViewer viewer;

    RegistryPage(RegistryService registry, CorrectionService corrections, PageContexts pages, CurrentViewer viewer) {
        this.registry = registry;
        this.corrections = corrections;
        this.pages = pages;
        this.viewer = viewer;
    }

    @GET
    @Path("registry")
    public Uni<Response> search(@RestQuery String name, @RestQuery String match, @RestQuery String id,
            @RestQuery String court, @RestQuery String caseNumber, @RestQuery String from, @RestQuery String to,
            @RestQuery String minAmount, @RestQuery String maxAmount, @RestQuery String after) {
        Locale locale = pages.locale();
        Form form = new Form(name, match, id, court, caseNumber, from, to, minAmount, maxAmount);
        return viewer.resolve().chain(who -> {
            if (!form.any() && after == null) {
                return Uni.createFrom().item(page(who, form, null, null, 200));
            }
            Uni<RegistryService.Page> results;
            try {
                results = registry.search(RegistryResource.query(name, match, id, court, caseNumber, from, to, minAmount,
                        maxAmount, after, null), who.clientAddress(), locale);
            } catch (PortalException invalid) {
                results = Uni.createFrom().failure(invalid);
            }
            return results.map(found -> page(who, form, found, null, 200)).onFailure(PortalException.class)
                    .recoverWithItem(refused -> {
                        Response answer = page(who, form, null, refused.error().label(locale), refused.error().status());
                        if (refused.retryAfterSeconds() != null) {
                            return Response.fromResponse(answer).header("Retry-After", refused.retryAfterSeconds())
                                    .build();
                        }
                        return answer;
                    });
        });
    }

    @GET
    @Path("registry/entries/{ref}/correction")
    public Uni<TemplateInstance> correctionForm(@PathParam("ref") String ref) {
        return viewer.resolve()
                .map(who -> Templates.correction(pages.current(who), ref, null, false).setLocale(pages.locale()));
    }

    @POST
    @Path("registry/entries/{ref}/correction")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Uni<Response> correct(@PathParam("ref") String ref, @RestForm String requester, @RestForm String contact,
            @RestForm String whatIsWrong, @RestForm("evidence") FileUpload evidence) {
        Locale locale = pages.locale();
        return viewer.resolve().chain(who -> Offload.toWorker(() -> {
            try {
                boolean attached = evidence != null && evidence.uploadedFile() != null && evidence.size() > 0;
                corrections.request(ref, requester, contact, whatIsWrong, attached ? evidence.uploadedFile() : null,
                        attached ? evidence.fileName() : null, who.clientAddress());
                return Response.ok(Templates.correction(pages.current(who), ref, null, true).setLocale(locale)).build();
            } catch (PortalException refused) {
                Response.ResponseBuilder answer = Response.status(refused.error().status()).entity(Templates.correction(
                        pages.current(who), ref, refused.error().label(locale), false).setLocale(locale));
                if (refused.retryAfterSeconds() != null) {
                    answer.header("Retry-After", refused.retryAfterSeconds());
                }
                return answer.build();
            }
        }));
    }

    @GET
    @Path("court/registry-corrections")
    public Uni<Response> queue() {
        return asClerk(who -> Offload.toWorker(() -> Response.ok(Templates.corrections(pages.current(who),
                corrections.queue(who), null).setLocale(pages.locale())).build()));
    }

    @POST
    @Path("court/registry-corrections/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> answer(@PathParam("id") long id, @RestForm String answer) {
        Locale locale = pages.locale();
        return asClerk(who -> Offload.toWorker(() -> {
            try {
                corrections.answer(who, id, answer);
                return Response.seeOther(URI.create("/court/registry-corrections")).build();
            } catch (PortalException refused) {
                if (refused.error() == RegistryError.NOT_FOUND) {
                    throw refused;
                }
                return Response.status(refused.error().status()).entity(Templates.corrections(pages.current(who),
                        corrections.queue(who), refused.error().label(locale)).setLocale(locale)).build();
            }
        }));
    }

    @FunctionalInterface
    private interface Action {
        Uni<Response> run(Viewer who);
    }

    private Uni<Response> asClerk(Action action) {
        return viewer.resolve().chain(who -> {
            if (who.isAnonymous()) {
                return Uni.createFrom()
                        .item(Response.seeOther(URI.create("/login?next=/court/registry-corrections")).build());
            }
            if (who.kind() != Viewer.Kind.ACCOUNT || !who.hasRole(Roles.CLERK) || who.courtCode() == null) {
                return Uni.createFrom().failure(new PortalException(RegistryError.NOT_FOUND));
            }
            return action.run(who);
        });
    }

    private Response page(Viewer who, Form form, RegistryService.Page results, String error, int status) {
        return Response.status(status).entity(Templates.search(pages.current(who), form, results, error)
                .setLocale(pages.locale())).build();
    }
}
