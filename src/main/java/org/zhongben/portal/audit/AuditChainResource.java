package org.zhongben.portal.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.smallrye.mutiny.Uni;

/** Supervisors check that nobody rewrote the audit log: the hash chain is recomputed from the stored events. */
@Path("/")
@RolesAllowed("supervisor")
@Produces(MediaType.APPLICATION_JSON)
public class AuditChainResource {

    private final AuditChain chain;

    AuditChainResource(AuditChain chain) {
        this.chain = chain;
    }

    @GET
    @Path("api/v1/audit/chain")
    @Operation(summary = "Verify the audit log's hash chain", description = "Walks the whole chain: intact, how many "
            + "entries were checked, how many wait to be chained, and the first altered or reordered entry if any.")
    public Uni<AuditChain.Verification> verify() {
        return chain.verify();
    }
}
