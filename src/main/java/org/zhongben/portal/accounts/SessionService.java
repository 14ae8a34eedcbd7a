package org.zhongben.portal.accounts;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.NewCookie;

import org.zhongben.portal.common.concurrent.Offload;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Issues, renews and revokes sessions: short-lived RS256 tokens carried in an HttpOnly, SameSite cookie for pages and
 * as a bearer token for API clients. Logging out puts the token id on a deny-list until the token would have
 * expired anyway.
 */
@ApplicationScoped
public class SessionService {

    /** Claim names beyond the standard ones. */
    static final String KIND = "kind";
    static final String PARTY = "pid";
    static final String ACCOUNT = "aid";
    static final String NAME = "name";

    private final SessionConfig config;
    private final JwtConfig jwt;
    private final Pool pool;
    private final Clock clock;

    SessionService(SessionConfig config, JwtConfig jwt, Pool pool, Clock clock) {
        this.config = config;
        this.jwt = jwt;
        this.pool = pool;
        this.clock = clock;
    }

    public record Session(String token, Instant expiresAt, long expiresIn) {
    }

    /** A one-case session for the party that proved its query code. */
    public Uni<Session> forParty(long partyId, String role, String name) {
        return sign(Viewer.Kind.PARTY, Set.of(role), builder -> builder.subject("party:" + partyId).claim(PARTY, partyId)
                .claim(NAME, name));
    }

    /** A session for a signed-in account. */
    public Uni<Session> forAccount(long accountId, String role, String name, String courtCode) {
        return sign(Viewer.Kind.ACCOUNT, Set.of(role), builder -> {
            builder.subject("account:" + accountId).claim(ACCOUNT, accountId).claim(NAME, name);
            if (courtCode != null) {
                builder.claim(Roles.COURT_CLAIM, courtCode);
            }
        });
    }

    /** A fresh token for the same viewer (renewal); the old one simply runs out. */
    public Uni<Session> renew(Viewer viewer) {
        return viewer.kind() == Viewer.Kind.PARTY ? forParty(viewer.partyId(), viewer.role(), viewer.displayName())
                : forAccount(viewer.accountId(), viewer.role(), viewer.displayName(), viewer.courtCode());
    }

    private Uni<Session> sign(Viewer.Kind kind, Set<String> roles, java.util.function.Consumer<JwtClaimsBuilder> claims) {
        return Offload.toWorker(() -> {
            Instant now = clock.instant();
            Instant expires = now.plus(config.lifetime());
            JwtClaimsBuilder builder = Jwt.issuer(jwt.issuer()).groups(roles).claim(KIND, kind.name())
                    .claim("jti", UUID.randomUUID().toString()).issuedAt(now).expiresAt(expires);
            claims.accept(builder);
            String token = builder.jws().keyId(jwt.keyId()).sign();
            return new Session(token, expires, config.lifetime().toSeconds());
        });
    }

    /** The cookie that carries a session to the browser. */
    public NewCookie cookie(Session session) {
        return new NewCookie.Builder(config.cookieName()).value(session.token()).path("/").httpOnly(true)
                .secure(config.secureCookie()).sameSite(NewCookie.SameSite.LAX).maxAge((int) session.expiresIn())
                .build();
    }

    /** A cookie that removes the session from the browser. */
    public NewCookie clearedCookie() {
        return new NewCookie.Builder(config.cookieName()).value("").path("/").httpOnly(true)
                .secure(config.secureCookie()).sameSite(NewCookie.SameSite.LAX).maxAge(0).build();
    }

    /** Ends a session now: its token id is refused until the token expires. */
    public Uni<Void> revoke(Viewer viewer) {
        if (viewer.tokenId() == null || viewer.expiresAt() == null) {
            return Uni.createFrom().voidItem();
        }
        return pool.preparedQuery("INSERT INTO revoked_session (jti, expires_at) VALUES ($1, $2) ON CONFLICT DO NOTHING")
                .execute(Tuple.of(viewer.tokenId(), viewer.expiresAt().atOffset(java.time.ZoneOffset.UTC)))
                .replaceWithVoid();
    }

    /**
     * Whether a session may still be used: not logged out, and (for an account) issued after the last password
     * change. One query, whichever the checks.
     */
    public Uni<Boolean> isValid(String tokenId, Long accountId, long issuedAtEpochSecond) {
        return pool.preparedQuery("""
                SELECT EXISTS (SELECT 1 FROM revoked_session WHERE jti = $1) AS revoked,
                       (SELECT floor(extract(epoch FROM password_changed_at))::bigint FROM account WHERE id = $2) AS changed""")
                .execute(Tuple.of(tokenId, accountId))
                .map(rows -> {
                    var row = rows.iterator().next();
                    Long changed = row.getLong("changed");
                    boolean staleAccount = accountId != null && (changed == null || changed > issuedAtEpochSecond);
                    return !row.getBoolean("revoked") && !staleAccount;
                });
    }

    public boolean shouldRenew(Viewer viewer) {
        return viewer.expiresAt() != null
                && viewer.expiresAt().minus(config.renewWhenRemaining()).isBefore(clock.instant())
                && (viewer.kind() == Viewer.Kind.PARTY || viewer.kind() == Viewer.Kind.ACCOUNT);
    }

    public String cookieName() {
        return config.cookieName();
    }
}
