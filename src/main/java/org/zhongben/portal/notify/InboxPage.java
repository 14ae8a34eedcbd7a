package org.zhongben.portal.notify;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestQuery;
import org.zhongben.portal.accounts.CurrentViewer;
import org.zhongben.portal.accounts.PageContexts;
import org.zhongben.portal.accounts.Viewer;
import org.zhongben.portal.common.error.PortalException;
import org.zhongben.portal.common.web.PageContext;
import org.zhongben.portal.common.web.UrlPaths;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;

/** The inbox page and the notification choices page of a signed-in account. */
@Path("/")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class InboxPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance inbox(PageContext page, InboxService.Page inbox, boolean older);

        static native TemplateInstance preferences(PageContext page, List<InboxService.Choice> choices,
                List<DeliveryMode> modes, String error, boolean saved);
    }

    private final InboxService inbox;
    private final CurrentViewer viewer;
    private final PageContexts pages;

    InboxPage(InboxService inbox, CurrentViewer viewer, PageContexts pages) {
        this.inbox = inbox;
        this.viewer = viewer;
        this.pages = pages;
    }

    @GET
    @Path("/inbox")
    public Uni<Response> list(@RestQuery Long before) {
        return asAccount("/inbox", who -> inbox.page(who, before, pages.locale()).map(page -> Response
                .ok(Templates.inbox(pages.current(who), page, before != null).setLocale(pages.locale())).build()));
    }

    @POST
    @Path("/inbox/{id}/read")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> read(@PathParam("id") long id) {
        return asAccount("/inbox", who -> inbox.markRead(who, id).map(done -> backToInbox()));
    }

    @POST
    @Path("/inbox/read")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> readAll() {
        return asAccount("/inbox", who -> inbox.markAllRead(who).map(done -> backToInbox()));
    }

    @GET
    @Path("/account/notifications")
    public Uni<Response> preferences(@RestQuery String saved) {
        return asAccount("/account/notifications", who -> choicesPage(who, 200, null, saved != null));
    }

    @POST
    @Path("/account/notifications")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> choose(MultivaluedMap<String, String> form) {
        Map<String, String> choices = new LinkedHashMap<>();
        for (NotificationKind kind : NotificationKind.values()) {
            String mode = form.getFirst(kind.name());
            if (mode != null && !kind.required()) {
                choices.put(kind.name(), mode);
            }
        }
        return asAccount("/account/notifications", who -> inbox.choose(who, choices)
                .map(done -> Response.seeOther(URI.create("/account/notifications?saved=1")).build())
                .onFailure(PortalException.class).recoverWithUni(refused -> choicesPage(who,
                        refused.error().status(), refused.error().label(pages.locale()), false)));
    }

    private Uni<Response> choicesPage(Viewer who, int status, String error, boolean saved) {
        return inbox.choices(who, pages.locale()).map(choices -> Response.status(status)
                .entity(Templates.preferences(pages.current(who), choices, List.of(DeliveryMode.values()), error, saved)
                        .setLocale(pages.locale()))
                .build());
    }

    private static Response backToInbox() {
        return Response.seeOther(URI.create("/inbox")).build();
    }

    @FunctionalInterface
    private interface Action {
        Uni<Response> run(Viewer who);
    }

    /** Accounts only: anonymous visitors sign in first; a case-code session is told it has no inbox. */
    private Uni<Response> asAccount(String path, Action action) {
        return viewer.resolve().chain(who -> {
            if (who.isAnonymous()) {
                return Uni.createFrom()
                        .item(Response.seeOther(URI.create("/login?next=" + UrlPaths.query(path))).build());
            }
            if (who.kind() != Viewer.Kind.ACCOUNT) {
                return Uni.createFrom().failure(new PortalException(NotifyError.ACCOUNT_ONLY));
            }
            return action.run(who);
        });
    }
}
