package org.zhongben.portal.accounts;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.zhongben.portal.common.concurrent.Offload;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.mutiny.Uni;

/**
 * Signs the portal's RS256 tokens (key and key id from configuration). Every token has an id ({@code jti}) so it
 * can be revoked, an issuer that the verifier checks, and a short lifetime.
 */
@ApplicationScoped
public class TokenIssuer {

    private final String issuer;
    private final String keyId;
    private final Duration courtTokenLifetime;

    TokenIssuer(JwtConfig config) {
        this.issuer = config.issuer();
        this.keyId = config.keyId();
        this.courtTokenLifetime = config.courtTokenLifetime();
    }

    /** A token for a court's case-management system, scoped to its court. RSA signing runs off the event loop. */
    public Uni<IssuedToken> courtSystemToken(String clientId, String courtCode) {
        return Offload.toWorker(() -> {
            String token = Jwt.issuer(issuer)
                    .subject("court-client:" + clientId)
                    .upn(clientId)
                    .groups(Set.of(Roles.COURT_SYSTEM))
                    .claim(Roles.COURT_CLAIM, courtCode)
                    .claim("jti", UUID.randomUUID().toString())
                    .expiresIn(courtTokenLifetime)
                    .jws().keyId(keyId)
                    .sign();
            return new IssuedToken(token, courtTokenLifetime.toSeconds());
        });
    }

    public record IssuedToken(String accessToken, long expiresIn) {
    }
}
