package org.zhongben.portal.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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
    /** How the holder proved who they are (RFC 8176 values): {@code pwd}, plus {@code otp} for staff. */
    static final String AUTH_METHODS = "amr";
    static final List<String> PASSWORD_AND_OTP = List.of("pwd", "otp");
    /** A pending staff session only lasts for entering the code. */
    static final Duration PENDING_LIFETIME = Duration.ofMinutes(10);

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

    /** A signed session; {@code role} is the main role it carries. */
    public record Session(String token, Instant expiresAt, long expiresIn, String role) {

        public boolean pendingSecondFactor() {
            return Roles.STAFF_PENDING.equals(role);
        }
    }

    /** A one-case session for the party that proved its query code. */
    public Uni<Session> forParty(long partyId, String role, String name) {
        return sign(Viewer.Kind.PARTY, Set.of(role), builder -> builder.subject("party:" + partyId).claim(PARTY, partyId)
                .claim(NAME, name));
    }

    /**
     * A session for a signed-in account. For court staff this is only the pending session that lets them enter the
     * second factor; {@link #forStaff} issues the staff role.
     */
    public Uni<Session> forAccount(long accountId, String role, String name, String courtCode) {
        if (Roles.isStaff(role)) {
            return sign(Viewer.Kind.ACCOUNT, Set.of(Roles.STAFF_PENDING), PENDING_LIFETIME,
                    builder -> builder.subject("account:" + accountId).claim(ACCOUNT, accountId).claim(NAME, name)
                            .claim(AUTH_METHODS, List.of("pwd")));
        }
        return sign(Viewer.Kind.ACCOUNT, Set.of(role), config.lifetime(), builder -> {
            builder.subject("account:" + accountId).claim(ACCOUNT, accountId).claim(NAME, name);
            if (courtCode != null) {
                builder.claim(Roles.COURT_CLAIM, courtCode);
            }
        });
    }

    /**
     * A staff session (clerk, supervisor), issued only by {@link SecondFactor} after the code checked out, or on
     * renewal of a staff session that already had it. Carries {@code amr: [pwd, otp]}, which
     * {@link SessionRevocationCheck} requires of every staff token.
     */
    Uni<Session> forStaff(long accountId, String role, String name, String courtCode) {
        if (!Roles.isStaff(role)) {
            throw new IllegalArgumentException("not a staff role: " + role);
        }
        return sign(Viewer.Kind.ACCOUNT, Set.of(role), config.lifetime(), builder -> {
            builder.subject("account:" + accountId).claim(ACCOUNT, accountId).claim(NAME, name)
                    .claim(AUTH_METHODS, PASSWORD_AND_OTP);
            if (courtCode != null) {
                builder.claim(Roles.COURT_CLAIM, courtCode);
            }
        });
    }

    /** A fresh token for the same viewer (renewal); the old one simply runs out. */
    public Uni<Session> renew(Viewer viewer) {
        if (viewer.kind() == Viewer.Kind.PARTY) {
            return forParty(viewer.partyId(), viewer.role(), viewer.displayName());
        }
        return Roles.isStaff(viewer.role()) ? forStaff(viewer.accountId(), viewer.role(), viewer.displayName(),
                viewer.courtCode()) : forAccount(viewer.accountId(), viewer.role(), viewer.displayName(), viewer.courtCode());
    }

    private Uni<Session> sign(Viewer.Kind kind, Set<String> roles, java.util.function.Consumer<JwtClaimsBuilder> claims) {
        return sign(kind, roles, config.lifetime(), claims);
    }

    private Uni<Session> sign(Viewer.Kind kind, Set<String> roles, Duration lifetime,
            java.util.function.Consumer<JwtClaimsBuilder> claims) {
        return Offload.toWorker(() -> {
            Instant now = clock.instant();
            Instant expires = now.plus(lifetime);
            JwtClaimsBuilder builder = Jwt.issuer(jwt.issuer()).groups(roles).claim(KIND, kind.name())
                    .claim("jti", UUID.randomUUID().toString()).issuedAt(now).expiresAt(expires);
            claims.accept(builder);
            String token = builder.jws().keyId(jwt.keyId()).sign();
            return new Session(token, expires, lifetime.toSeconds(), roles.iterator().next());
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
                && (viewer.kind() == Viewer.Kind.PARTY || viewer.kind() == Viewer.Kind.ACCOUNT)
                && !viewer.hasRole(Roles.STAFF_PENDING);
    }

    public String cookieName() {
        return config.cookieName();
    }
}
