package org.zhongben.portal.notify;

import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestQuery;
import org.zhongben.portal.accounts.CurrentViewer;
import org.zhongben.portal.accounts.PageContexts;
import org.zhongben.portal.accounts.Roles;

import io.smallrye.mutiny.Uni;

/**
 * The signed-in account's inbox and notification choices, as JSON. At the root, like the other resources under
 * /api/v1: a class at /api/v1 would be the best match for every /api/v1/... address and hide the others' methods.
 */
@Path("/")
@RolesAllowed({ Roles.CREDITOR, Roles.LAWYER, Roles.CLERK, Roles.SUPERVISOR })
@Produces(MediaType.APPLICATION_JSON)
public class InboxResource {

    private final InboxService inbox;
    private final CurrentViewer viewer;
    private final PageContexts pages;

    InboxResource(InboxService inbox, CurrentViewer viewer, PageContexts pages) {
        this.inbox = inbox;
        this.viewer = viewer;
        this.pages = pages;
    }

    @GET
    @Path("api/v1/inbox")
    @Operation(summary = "The account's messages, newest first", description = "With the unread count; each message "
            + "says what happened, links to the case and says why it was sent. Page with 'before' = the 'next' value.")
    public Uni<InboxService.Page> list(@RestQuery Long before) {
        return viewer.resolve().chain(who -> inbox.page(who, before, pages.locale()));
    }

    @POST
    @Path("api/v1/inbox/{id}/read")
    @Operation(summary = "Mark one message read")
    public Uni<Response> read(@PathParam("id") long id) {
        return viewer.resolve().chain(who -> inbox.markRead(who, id)).map(done -> Response.noContent().build());
    }

    @POST
    @Path("api/v1/inbox/read")
    @Operation(summary = "Mark every message read")
    public Uni<Response> readAll() {
        return viewer.resolve().chain(inbox::markAllRead).map(done -> Response.noContent().build());
    }

    @GET
    @Path("api/v1/notification-preferences")
    @Operation(summary = "How each kind of notice reaches the account", description = "IMMEDIATE (e-mail at once), "
            + "DIGEST (daily e-mail) or INBOX_ONLY; required notices are always IMMEDIATE.")
    public Uni<List<InboxService.Choice>> preferences() {
        return viewer.resolve().chain(who -> inbox.choices(who, pages.locale()));
    }

    @PUT
    @Path("api/v1/notification-preferences")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change how kinds of notice reach the account", description = "A JSON object of kind → mode; "
            + "kinds left out keep their choice. A required notice set to anything but IMMEDIATE is refused (400) "
            + "and nothing is saved.")
    public Uni<List<InboxService.Choice>> choose(Map<String, String> choices) {
        return viewer.resolve().chain(who -> inbox.choose(who, choices == null ? Map.of() : choices)
                .chain(() -> inbox.choices(who, pages.locale())));
    }
}
