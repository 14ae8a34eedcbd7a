package org.zhongben.portal.records.signing;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The portal's public verification keys, for anyone checking a downloaded evidence bundle ({@code manifest.sig}
 * against {@code manifest.json}) without an account. Public material, so it may be cached anywhere for an hour; a
 * rotation publishes the new key next to the old one well before signing with it.
 */
@Path("/.well-known")
@Tag(name = "Verification keys")
@PermitAll
public class KeysResource {

    /** RFC 7517 section 8.5. */
    static final String JWK_SET_JSON = "application/jwk-set+json";
    static final String CACHE_CONTROL = "public, max-age=3600";

    private final PublicKeys keys;

    KeysResource(PublicKeys keys) {
        this.keys = keys;
    }

    @GET
    @Path("/portal-keys.json")
    @Produces({ JWK_SET_JSON, MediaType.APPLICATION_JSON })
    @Operation(summary = "The portal's signing keys as a JWK Set", description = "Verifies manifest.sig, a detached "
            + "RS256 JWS (RFC 7515 Appendix F) over manifest.json in an evidence bundle: pick the key whose kid is in "
            + "the signature's header.")
    public Response jwks() {
        return Response.ok(keys.jwks()).header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL).build();
    }

    @GET
    @Path("/portal-keys.pem")
    @Produces(MediaType.TEXT_PLAIN + ";charset=UTF-8")
    @Operation(summary = "The portal's signing keys as PEM public keys", description = "The same keys as "
            + "portal-keys.json, for tools that take PEM (in the same order; the kids are only in the JSON form).")
    public Response pem() {
        return Response.ok(keys.pem()).header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL).build();
    }
}
