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
        if (identity.getRoles().stream().anyMatch(Roles::isStaff) && !provedSecondFactor(token)) {
            // the portal never signs such a token; refusing it keeps staff roles behind the second factor even if
            // a future code path forgot to ask for it
            return Uni.createFrom().failure(new AuthenticationFailedException("staff token without second factor"));
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

    private static boolean provedSecondFactor(JsonWebToken token) {
        Object methods = token.getClaim(SessionService.AUTH_METHODS);
        if (methods instanceof jakarta.json.JsonArray array) {
            return array.stream()
                    .anyMatch(value -> value instanceof jakarta.json.JsonString text && "otp".equals(text.getString()));
        }
        return methods instanceof java.util.Collection<?> collection && collection.contains("otp");
    }
}
