package org.zhongben.portal.accounts;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.zhongben.portal.common.error.PortalException;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/** Court systems exchange their client id and secret for a short-lived bearer token (OAuth2 client credentials). */
@Path("/api/v1/auth/court-token")
@Tag(name = "Court intake")
public class CourtTokenResource {

    private final CourtClientRepository clients;
    private final SecretHasher hasher;
    private final TokenIssuer issuer;

    CourtTokenResource(CourtClientRepository clients, SecretHasher hasher, TokenIssuer issuer) {
        this.clients = clients;
        this.hasher = hasher;
        this.issuer = issuer;
    }

    public record CourtTokenRequest(@NotBlank @Size(max = 100) String clientId,
            @NotBlank @Size(max = 200) String clientSecret) {
    }

    public record CourtTokenResponse(String accessToken, String tokenType, long expiresIn) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @WithSession
    @Operation(summary = "Obtain a court-system token", description = "Returns an RS256 bearer token scoped to the "
            + "client's court, valid for a few minutes. Wrong id and wrong secret answer the same.")
    public Uni<CourtTokenResponse> token(@Valid @NotNull CourtTokenRequest request) {
        return clients.findEnabledByClientId(request.clientId())
                .chain(client -> hasher.verify(request.clientSecret(), client == null ? null : client.secretHash)
                        .chain(valid -> {
                            if (!valid) {
                                return Uni.createFrom().failure(new PortalException(AccountsError.INVALID_CLIENT));
                            }
                            return issuer.courtSystemToken(client.clientId, client.courtCode);
                        }))
                .map(token -> new CourtTokenResponse(token.accessToken(), "Bearer", token.expiresIn()));
    }
}
