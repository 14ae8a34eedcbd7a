package org.zhongben.portal.privacy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.zhongben.portal.accounts.CurrentViewer;
import org.zhongben.portal.accounts.Roles;

import io.smallrye.mutiny.Uni;

/**
 * A person's access request (PIPL Art. 45), answered by a supervisor. POST, so the ID number travels in the body and
 * never in an address that proxies log.
 */
@Path("/")
@RolesAllowed(Roles.SUPERVISOR)
public class PersonalDataResource {

    public record Request(String idNumber) {
    }

    private final PersonalDataExport export;
    private final CurrentViewer viewer;

    PersonalDataResource(PersonalDataExport export, CurrentViewer viewer) {
        this.export = export;
        this.viewer = viewer;
    }

    @POST
    @Path("api/v1/privacy/exports")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Export everything held about one person", description = "By full resident ID number or "
            + "credit code: the parties in every case, register entries, linked accounts and the audit trail of their "
            + "own actions. Supervisors only; the export is audited.")
    public Uni<PersonalDataExport.Export> export(Request request) {
        return viewer.resolve().chain(who -> export.export(who, request == null ? null : request.idNumber()));
    }
}
