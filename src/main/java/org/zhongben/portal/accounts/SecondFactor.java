package org.zhongben.portal.accounts;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.commons.codec.binary.Base32;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.zhongben.portal.audit.AuditAction;
import org.zhongben.portal.audit.AuditLog;
import org.zhongben.portal.common.crypto.FieldCipher;
import org.zhongben.portal.common.error.CommonError;
import org.zhongben.portal.common.error.PortalException;
import org.zhongben.portal.common.ratelimit.RateLimiter;
import org.zhongben.portal.common.ratelimit.RateLimiter.Limit;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;

import io.nayuki.qrcodegen.QrCode;
import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The second factor of court staff: a time-based one-time password (RFC 6238: HMAC-SHA1, 6 digits, 30-second steps,
 * as every authenticator app expects) enrolled by QR code, and ten single-use recovery codes. A clerk or supervisor
 * who gave the right password holds only a pending session; the staff session, with the staff role, is issued here
 * and nowhere else, after a code checked out.
 * <p>
 * A code is accepted one step early or late (clock drift), and never twice: the step it was accepted for is stored,
 * and a code of that step or an older one is refused. Wrong codes count against the account (5 in 15 minutes).
 */
@ApplicationScoped
public class SecondFactor {

    static final Duration STEP = Duration.ofSeconds(30);
    static final int DIGITS = 6;
    /** Steps accepted before and after the current one. */
    static final int DRIFT = 1;
    static final int RECOVERY_CODES = 10;
    static final Limit ATTEMPTS_PER_ACCOUNT = new Limit("second-factor:account", 5, Duration.ofMinutes(15));

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base32 BASE32 = new Base32();
    private static final TimeBasedOneTimePasswordGenerator TOTP = new TimeBasedOneTimePasswordGenerator(STEP, DIGITS,
            TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1);
    private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

    private final Pool pool;
    private final FieldCipher cipher;
    private final SessionService sessions;
    private final RateLimiter limiter;
    private final AuditLog audit;
    private final Clock clock;
    private final String issuer;

    SecondFactor(Pool pool, FieldCipher cipher, SessionService sessions, RateLimiter limiter, AuditLog audit,
            Clock clock, @ConfigProperty(name = "portal.second-factor.issuer", defaultValue = "终本债权人门户") String issuer) {
        this.pool = pool;
        this.cipher = cipher;
        this.sessions = sessions;
        this.limiter = limiter;
        this.audit = audit;
        this.clock = clock;
        this.issuer = issuer;
    }

    /** What an authenticator app needs: the secret (Base32, for typing), the otpauth URI and its QR code as SVG. */
    public record Enrolment(String secret, String uri, String qrSvg) {

        /** The secret in groups of four, easier to type. */
        public String groupedSecret() {
            return secret.replaceAll("(.{4})(?!$)", "$1 ");
        }
    }

    /** A finished enrolment: the recovery codes (shown once) and the first staff session. */
    public record Enrolled(List<String> recoveryCodes, SessionService.Session session) {
    }

    /** Whether the pending viewer still has to enrol, i.e. has no confirmed authenticator. */
    public Uni<Boolean> mustEnrol(Viewer pending) {
        return pool.preparedQuery("SELECT enrolled_at IS NOT NULL AS enrolled FROM staff_second_factor WHERE account_id = $1")
                .execute(Tuple.of(pending.accountId()))
                .map(rows -> rows.size() == 0 || !rows.iterator().next().getBoolean("enrolled"));
    }

    /**
     * Starts (or shows again) the enrolment of the pending viewer's account. The secret stays the same until the
     * enrolment is confirmed, so reloading the page keeps the QR code that was scanned.
     */
    public Uni<Enrolment> enrolment(Viewer pending) {
        byte[] fresh = cipher.encrypt(BASE32.encodeToString(randomSecret()));
        return pool.preparedQuery("""
                INSERT INTO staff_second_factor (account_id, secret_enc) VALUES ($1, $2)
                ON CONFLICT (account_id) DO UPDATE SET account_id = EXCLUDED.account_id
                RETURNING secret_enc, enrolled_at IS NOT NULL AS enrolled,
                          (SELECT email FROM account WHERE id = $1) AS email""")
                .execute(Tuple.of(pending.accountId(), Buffer.buffer(fresh)))
                .map(rows -> {
                    Row row = rows.iterator().next();
                    if (row.getBoolean("enrolled")) {
                        throw new PortalException(AccountsError.SECOND_FACTOR_ENROLLED);
                    }
                    String secret = cipher.decrypt(row.getBuffer("secret_enc").getBytes());
                    String uri = uri(secret, row.getString("email"));
                    return new Enrolment(secret, uri, qrSvg(uri));
                });
    }

    /**
     * Confirms the enrolment with a first code from the app: the second factor is on from now, the recovery codes
     * are made (and shown once), and the staff session begins.
     */
    public Uni<Enrolled> confirm(Viewer pending, String code) {
        List<String> recovery = new ArrayList<>(RECOVERY_CODES);
        for (int i = 0; i < RECOVERY_CODES; i++) {
            recovery.add(recoveryCode());
        }
        return attempt(pending, () -> pool.withTransaction(connection -> connection.preparedQuery("""
                SELECT secret_enc, last_used_step FROM staff_second_factor
                WHERE account_id = $1 AND enrolled_at IS NULL FOR UPDATE""").execute(Tuple.of(pending.accountId()))
                .chain(rows -> {
                    if (rows.size() == 0) {
                        return Uni.createFrom().failure(new PortalException(AccountsError.SECOND_FACTOR_ENROLLED));
                    }
                    Row row = rows.iterator().next();
                    long step = matchingStep(row.getBuffer("secret_enc").getBytes(), code, row.getLong("last_used_step"));
                    if (step < 0) {
                        return Uni.createFrom().item(false);
                    }
                    return connection.preparedQuery("""
                            UPDATE staff_second_factor SET enrolled_at = now(), last_used_step = $2 WHERE account_id = $1""")
                            .execute(Tuple.of(pending.accountId(), step))
                            .chain(() -> connection.preparedQuery("DELETE FROM staff_recovery_code WHERE account_id = $1")
                                    .execute(Tuple.of(pending.accountId())))
                            .chain(() -> connection.preparedQuery("""
                                    INSERT INTO staff_recovery_code (account_id, code_hash)
                                    SELECT $1, unnest($2::bytea[])""").execute(Tuple.of(pending.accountId(),
                                    recovery.stream().map(value -> Buffer.buffer(cipher.keyedHash(value)))
                                            .toArray(Buffer[]::new))))
                            .chain(() -> audit.record(connection, pending.toActor(), AuditAction.SECOND_FACTOR_ENROLLED,
                                    null, "account:" + pending.accountId(), null))
                            .replaceWith(true);
                })))
                .chain(() -> staffSession(pending))
                .map(session -> new Enrolled(List.copyOf(recovery), session));
    }

    /**
     * Checks a code from the app, or an unused recovery code (which is then spent), and begins the staff session.
     */
    public Uni<SessionService.Session> verify(Viewer pending, String code) {
        String normalised = code == null ? "" : code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
        boolean recovery = normalised.length() == 10;
        return attempt(pending, () -> recovery ? spendRecoveryCode(pending, normalised) : acceptCode(pending, normalised))
                .chain(() -> staffSession(pending));
    }

    private Uni<Boolean> acceptCode(Viewer pending, String code) {
        return pool.preparedQuery("""
                SELECT secret_enc, last_used_step FROM staff_second_factor WHERE account_id = $1 AND enrolled_at IS NOT NULL""")
                .execute(Tuple.of(pending.accountId())).chain(rows -> {
                    if (rows.size() == 0) {
                        return Uni.createFrom().failure(new PortalException(AccountsError.SECOND_FACTOR_NOT_ENROLLED));
                    }
                    Row row = rows.iterator().next();
                    long step = matchingStep(row.getBuffer("secret_enc").getBytes(), code, row.getLong("last_used_step"));
                    if (step < 0) {
                        return Uni.createFrom().item(false);
                    }
                    // a concurrent request with the same code loses here: the step only moves forward once
                    return pool.preparedQuery("""
                            UPDATE staff_second_factor SET last_used_step = $2
                            WHERE account_id = $1 AND last_used_step < $2 RETURNING 1""")
                            .execute(Tuple.of(pending.accountId(), step)).map(updated -> updated.size() == 1);
                });
    }

    private Uni<Boolean> spendRecoveryCode(Viewer pending, String code) {
        return pool.withTransaction(connection -> connection.preparedQuery("""
                UPDATE staff_recovery_code SET used_at = now()
                WHERE account_id = $1 AND code_hash = $2 AND used_at IS NULL RETURNING 1""")
                .execute(Tuple.of(pending.accountId(), Buffer.buffer(cipher.keyedHash(code))))
                .chain(rows -> rows.size() == 0 ? Uni.createFrom().item(false)
                        : audit.record(connection, pending.toActor(), AuditAction.SIGNED_IN_WITH_RECOVERY_CODE, null,
                                "account:" + pending.accountId(), null).replaceWith(true)));
    }

    /** Runs a check unless the account is over its attempt limit; a failed check counts against it. */
    private Uni<Void> attempt(Viewer pending, java.util.function.Supplier<Uni<Boolean>> check) {
        if (pending.kind() != Viewer.Kind.ACCOUNT || !pending.hasRole(Roles.STAFF_PENDING) || pending.accountId() == null) {
            return Uni.createFrom().failure(new PortalException(CommonError.FORBIDDEN));
        }
        String subject = pending.accountId().toString();
        return limiter.retryAfter(ATTEMPTS_PER_ACCOUNT, subject).chain(wait -> wait > 0
                ? Uni.createFrom().failure(PortalException.tooMany(AccountsError.TOO_MANY_ATTEMPTS, wait))
                : check.get().chain(passed -> passed ? Uni.createFrom().voidItem()
                        : limiter.hit(ATTEMPTS_PER_ACCOUNT, subject).chain(() -> Uni.createFrom()
                                .failure(new PortalException(AccountsError.SECOND_FACTOR_WRONG_CODE)))));
    }

    /**
     * The staff session, with the role and court as the account holds them now (not as the pending token said). The
     * pending session ends here, so that its token cannot be used for a second attempt.
     */
    private Uni<SessionService.Session> staffSession(Viewer pending) {
        long accountId = pending.accountId();
        return pool.preparedQuery("SELECT role, display_name, court_code FROM account WHERE id = $1")
                .execute(Tuple.of(accountId)).chain(rows -> {
                    Row row = rows.iterator().next();
                    return sessions.forStaff(accountId, row.getString("role"), row.getString("display_name"),
                            row.getString("court_code"));
                }).call(() -> sessions.revoke(pending));
    }

    /**
     * The time step the code belongs to (current step ± drift), newer than the last accepted one; -1 when none
     * matches. Compared in constant time.
     */
    long matchingStep(byte[] sealedSecret, String code, long lastUsedStep) {
        if (code == null || !code.matches("\\d{" + DIGITS + "}")) {
            return -1;
        }
        byte[] secret = BASE32.decode(cipher.decrypt(sealedSecret));
        long now = clock.instant().getEpochSecond() / STEP.toSeconds();
        long found = -1;
        for (long step = now - DRIFT; step <= now + DRIFT; step++) {
            String expected = codeAt(secret, step);
            if (MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), code.getBytes(StandardCharsets.US_ASCII))
                    && step > lastUsedStep) {
                found = step;
            }
        }
        return found;
    }

    /** The code an authenticator app shows during time step {@code step} for the secret. */
    static String codeAt(byte[] secret, long step) {
        try {
            return TOTP.generateOneTimePasswordString(new SecretKeySpec(secret, "HmacSHA1"),
                    Instant.ofEpochSecond(step * STEP.toSeconds()), Locale.ROOT);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("TOTP secret is unusable", e);
        }
    }

    /** Removes an account's second factor (lost phone and codes): the next sign-in enrols anew. */
    public Uni<Boolean> reset(SqlClient client, long accountId) {
        return client.preparedQuery("DELETE FROM staff_second_factor WHERE account_id = $1 RETURNING 1")
                .execute(Tuple.of(accountId))
                .call(() -> client.preparedQuery("DELETE FROM staff_recovery_code WHERE account_id = $1")
                        .execute(Tuple.of(accountId)))
                .map(rows -> rows.size() == 1);
    }

    String uri(String secret, String email) {
        String label = encode(issuer) + ":" + encode(email);
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + encode(issuer) + "&algorithm=SHA1&digits="
                + DIGITS + "&period=" + STEP.toSeconds();
    }

    /** The QR code of the URI as an SVG drawing: one path of unit squares, with the quiet zone the standard asks. */
    static String qrSvg(String text) {
        QrCode qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
        int border = 4;
        int size = qr.size + border * 2;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) {
                    path.append('M').append(x + border).append(',').append(y + border).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size
                + "\" width=\"240\" height=\"240\" shape-rendering=\"crispEdges\" role=\"img\" aria-labelledby=\"qr-title\">"
                + "<title id=\"qr-title\">QR</title><rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>"
                + "<path d=\"" + path + "\" fill=\"#000000\"/></svg>";
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static byte[] randomSecret() {
        byte[] secret = new byte[20];
        RANDOM.nextBytes(secret);
        return secret;
    }

    /** Ten characters without look-alikes (no 0/o, 1/l/i), shown as xxxxx-xxxxx; about 49 bits. */
    private static String recoveryCode() {
        StringBuilder code = new StringBuilder(10);
        for (int i = 0; i < 10; i++) {
            code.append(RECOVERY_ALPHABET.charAt(RANDOM.nextInt(RECOVERY_ALPHABET.length())));
        }
        return code.toString();
    }

    /** A recovery code as shown to the user. */
    public static String display(String recoveryCode) {
        return recoveryCode.substring(0, 5) + "-" + recoveryCode.substring(5);
    }
}
