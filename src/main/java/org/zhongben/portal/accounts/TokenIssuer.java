package org.zhongben.portal.accounts;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * Signs the portal's RS256 tokens (key and key id from configuration). Every token has an id ({@code jti}) so it
 * can be revoked, an issuer that the verifier checks, and a short lifetime.
 */
@ApplicationScoped
public class TokenIssuer {

    private final String issuer;
    private final Duration courtTokenLifetime;

    TokenIssuer(@ConfigProperty(name = "portal.jwt.issuer") String issuer,
            @ConfigProperty(name = "portal.jwt.court-token-lifetime") Duration courtTokenLifetime) {
        this.issuer = issuer;
        this.courtTokenLifetime = courtTokenLifetime;
    }

    /** A token for a court's case-management system, scoped to its court. RSA signing runs off the event loop. */
    public Uni<IssuedToken> courtSystemToken(String clientId, String courtCode) {
        return Uni.createFrom().item(() -> {
            String token = Jwt.issuer(issuer)
                    .subject("court-client:" + clientId)
                    .upn(clientId)
                    .groups(Set.of(Roles.COURT_SYSTEM))
                    .claim(Roles.COURT_CLAIM, courtCode)
                    .claim("jti", UUID.randomUUID().toString())
                    .expiresIn(courtTokenLifetime)
                    .sign();
            return new IssuedToken(token, courtTokenLifetime.toSeconds());
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    public record IssuedToken(String accessToken, long expiresIn) {
    }
}
