package org.zhongben.portal.accounts;

import java.time.Instant;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * The {@link Viewer} of the current request, read from its verified token. Authentication is lazy (so public pages
 * never fail on a stale cookie), so the viewer is resolved reactively, once per request: a token that no longer
 * verifies makes the visitor anonymous on public pages, while protected endpoints still answer 401.
 */
@RequestScoped
public class CurrentViewer {

    private final CurrentIdentityAssociation identities;
    private final RoutingContext context;
    private Uni<Viewer> resolved;

    CurrentViewer(CurrentIdentityAssociation identities, RoutingContext context) {
        this.identities = identities;
        this.context = context;
    }

    public Uni<Viewer> resolve() {
        if (resolved == null) {
            String address = context == null || context.request().remoteAddress() == null ? null
                    : context.request().remoteAddress().hostAddress();
            resolved = identities.getDeferredIdentity()
                    .map(identity -> identity == null || identity.isAnonymous()
                            || !(identity.getPrincipal() instanceof JsonWebToken token) ? Viewer.anonymous(address)
                                    : of(token, address))
                    .onFailure(AuthenticationFailedException.class).recoverWithItem(Viewer.anonymous(address))
                    .memoize().indefinitely();
        }
        return resolved;
    }

    static Viewer of(JsonWebToken token, String address) {
        String kindClaim = token.getClaim(SessionService.KIND);
        Set<String> roles = token.getGroups() == null ? Set.of() : Set.copyOf(token.getGroups());
        Viewer.Kind kind = kindClaim != null ? Viewer.Kind.valueOf(kindClaim)
                : roles.contains(Roles.COURT_SYSTEM) ? Viewer.Kind.COURT_SYSTEM : Viewer.Kind.ANONYMOUS;
        Long partyId = number(token.getClaim(SessionService.PARTY));
        Long accountId = number(token.getClaim(SessionService.ACCOUNT));
        Instant expires = token.getExpirationTime() == 0 ? null : Instant.ofEpochSecond(token.getExpirationTime());
        return new Viewer(kind, accountId, partyId, roles, token.getClaim(Roles.COURT_CLAIM),
                token.getClaim(SessionService.NAME), token.getTokenID(), expires, address);
    }

    private static Long number(Object claim) {
        if (claim instanceof Number number) {
            return number.longValue();
        }
        if (claim instanceof jakarta.json.JsonNumber json) {
            return json.longValue();
        }
        return claim == null ? null : Long.parseLong(claim.toString());
    }
}
