package org.zhongben.portal.accounts;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;

/**
 * Refuses tokens whose session was ended: by logging out (deny-list), or, for accounts, by a password change after
 * the token was issued. Checked in the database on every authenticated request, so it holds across replicas.
 */
@ApplicationScoped
public class SessionRevocationCheck implements SecurityIdentityAugmentor {

    private final SessionService sessions;

    SessionRevocationCheck(SessionService sessions) {
        this.sessions = sessions;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token) || token.getTokenID() == null) {
            return Uni.createFrom().item(identity);
        }
        Object account = token.getClaim(SessionService.ACCOUNT);
        Long accountId = account == null ? null : Long.valueOf(account.toString());
        return sessions.isValid(token.getTokenID(), accountId, token.getIssuedAtTime()).map(valid -> {
            if (!valid) {
                throw new AuthenticationFailedException("session ended");
            }
            return identity;
        });
    }
}
