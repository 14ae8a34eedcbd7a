package org.zhongben.portal.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import org.zhongben.portal.audit.AuditAction;
import org.zhongben.portal.audit.AuditLog;
import org.zhongben.portal.bootstrap.LocalSecrets;
import org.zhongben.portal.common.crypto.FieldCipher;
import org.zhongben.portal.common.error.CommonError;
import org.zhongben.portal.common.error.PortalException;
import org.zhongben.portal.common.i18n.Languages;
import org.zhongben.portal.common.ratelimit.RateLimiter;
import org.zhongben.portal.common.ratelimit.RateLimiter.Limit;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Creditor accounts: registration with e-mail confirmation, sign-in, password reset, and linking cases by case number
 * and query code. Answers never reveal whether an address is registered; every guessable step is rate-limited.
 */
@ApplicationScoped
public class AccountService {

    public static final int MIN_PASSWORD = 10;
    public static final int MAX_PASSWORD = 200;
    static final Duration CONFIRM_VALIDITY = Duration.ofHours(48);
    static final Duration RESET_VALIDITY = Duration.ofHours(1);
    static final Limit SIGN_IN_PER_EMAIL = new Limit("sign-in:email", 10, Duration.ofMinutes(15));
    static final Limit SIGN_IN_PER_ADDRESS = new Limit("sign-in:address", 50, Duration.ofMinutes(15));
    static final Limit MAIL_PER_ADDRESS = new Limit("account-mail:address", 10, Duration.ofHours(1));

    private final AccountRepository accounts;
    private final LawyerProfileRepository lawyers;
    private final AccountTokenRepository tokens;
    private final SecretHasher hasher;
    private final FieldCipher cipher;
    private final AccountMail mail;
    private final SessionService sessions;
    private final CaseLoginService caseLogin;
    private final RateLimiter limiter;
    private final AuditLog audit;
    private final Pool pool;
    private final Clock clock;

    AccountService(AccountRepository accounts, LawyerProfileRepository lawyers, AccountTokenRepository tokens,
            SecretHasher hasher, FieldCipher cipher,
            AccountMail mail, SessionService sessions, CaseLoginService caseLogin, RateLimiter limiter, AuditLog audit,
            Pool pool, Clock clock) {
        this.accounts = accounts;
        this.lawyers = lawyers;
        this.tokens = tokens;
        this.hasher = hasher;
        this.cipher = cipher;
        this.mail = mail;
        this.sessions = sessions;
        this.caseLogin = caseLogin;
        this.limiter = limiter;
        this.audit = audit;
        this.pool = pool;
        this.clock = clock;
    }

    /**
     * @param lawyer a lawyer's account (then {@code lawFirm} and {@code licenceNumber}, already checked, are required)
     */
    public record Registration(String email, String password, String displayName, Account.Kind kind, boolean lawyer,
            String lawFirm, String licenceNumber) {

        public Registration(String email, String password, String displayName, Account.Kind kind) {
            this(email, password, displayName, kind, false, null, null);
        }
    }

    /**
     * Registers a creditor account and mails a confirmation link. An address that is already registered gets a
     * "you already have an account" mail instead; the caller cannot tell the two apart.
     */
    @WithTransaction
    public Uni<Void> register(Registration registration, Locale locale, String clientAddress) {
        return throttle(MAIL_PER_ADDRESS, clientAddress)
                .chain(() -> accounts.findByEmail(registration.email()))
                .chain(existing -> {
                    if (existing != null) {
                        return mail.alreadyRegistered(existing, locale);
                    }
                    return hasher.hash(registration.password()).chain(hash -> {
                        Account account = new Account();
                        account.email = registration.email().strip();
                        account.passwordHash = hash;
                        account.displayName = registration.displayName().strip();
                        account.kind = registration.kind().name();
                        account.role = registration.lawyer() ? Roles.LAWYER : Roles.CREDITOR;
                        account.preferredLanguage = Languages.isEnglish(locale) ? "en" : "zh";
                        account.passwordChangedAt = now();
                        return accounts.persist(account)
                                .call(saved -> registration.lawyer() ? lawyerProfile(saved, registration)
                                        : Uni.createFrom().voidItem())
                                .chain(saved -> newToken(saved, AccountToken.Purpose.CONFIRM_EMAIL, CONFIRM_VALIDITY)
                                        .chain(token -> mail.confirmEmail(saved, token, locale)));
                    });
                });
    }

    /** A new lawyer's firm and licence, waiting for a clerk's check; a licence can belong to one account only. */
    private Uni<Void> lawyerProfile(Account account, Registration registration) {
        return lawyers.findByLicence(registration.licenceNumber()).chain(existing -> {
            if (existing != null) {
                return Uni.createFrom().failure(new PortalException(AccountsError.LICENCE_TAKEN));
            }
            LawyerProfile profile = new LawyerProfile();
            profile.accountId = account.id;
            profile.lawFirm = registration.lawFirm().strip();
            profile.licenceNumber = registration.licenceNumber();
            return lawyers.persist(profile).replaceWithVoid();
        });
    }

    /** Confirms the address of the link's account; false when the link is unknown, used or expired. */
    @WithTransaction
    public Uni<Boolean> confirm(String token) {
        return usable(token, AccountToken.Purpose.CONFIRM_EMAIL).chain(found -> {
            if (found == null) {
                return Uni.createFrom().item(false);
            }
            found.usedAt = now();
            return accounts.findById(found.accountId).invoke(account -> {
                if (account.emailConfirmedAt == null) {
                    account.emailConfirmedAt = now();
                }
            }).replaceWith(true);
        });
    }

    /** Signs in with e-mail and password; unconfirmed addresses are refused after the password checked out. */
    @WithSession
    public Uni<SessionService.Session> signIn(String email, String password, String clientAddress) {
        String who = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        String address = clientAddress == null ? "unknown" : clientAddress;
        return Uni.combine().all()
                .unis(limiter.retryAfter(SIGN_IN_PER_EMAIL, who), limiter.retryAfter(SIGN_IN_PER_ADDRESS, address))
                .with(Math::max)
                .chain(wait -> wait > 0
                        ? Uni.createFrom().failure(PortalException.tooMany(AccountsError.TOO_MANY_ATTEMPTS, wait))
                        : accounts.findByEmail(who))
                .chain(account -> hasher.verify(password == null ? "" : password, account == null ? null : account.passwordHash)
                        .chain(valid -> {
                            if (!valid) {
                                return limiter.hit(SIGN_IN_PER_EMAIL, who)
                                        .chain(() -> limiter.hit(SIGN_IN_PER_ADDRESS, address))
                                        .chain(() -> Uni.createFrom().failure(
                                                new PortalException(AccountsError.INVALID_ACCOUNT_CREDENTIALS)));
                            }
                            if (account.emailConfirmedAt == null) {
                                return Uni.createFrom().failure(new PortalException(AccountsError.EMAIL_NOT_CONFIRMED));
                            }
                            return sessions.forAccount(account.id, account.role, account.displayName, account.courtCode);
                        }));
    }

    /** Mails a reset link if the address is registered; answers the same either way. */
    @WithTransaction
    public Uni<Void> requestPasswordReset(String email, Locale locale, String clientAddress) {
        return throttle(MAIL_PER_ADDRESS, clientAddress).chain(() -> accounts.findByEmail(email)).chain(account -> {
            if (account == null) {
                return Uni.createFrom().voidItem();
            }
            return newToken(account, AccountToken.Purpose.RESET_PASSWORD, RESET_VALIDITY)
                    .chain(token -> mail.resetPassword(account, token, locale));
        });
    }

    /**
     * Sets a new password through a reset link. Every session of the account issued before now stops working, and
     * the link doubles as proof of the address, so it confirms it too.
     */
    @WithTransaction
    public Uni<Void> resetPassword(String token, String newPassword) {
        return usable(token, AccountToken.Purpose.RESET_PASSWORD).chain(found -> {
            if (found == null) {
                return Uni.createFrom().failure(new PortalException(AccountsError.LINK_INVALID));
            }
            found.usedAt = now();
            return hasher.hash(newPassword).chain(hash -> accounts.findById(found.accountId).invoke(account -> {
                account.passwordHash = hash;
                account.passwordChangedAt = now();
                if (account.emailConfirmedAt == null) {
                    account.emailConfirmedAt = now();
                }
            })).replaceWithVoid();
        });
    }

    /**
     * Links a case to a creditor account after the case number and query code check out (same throttling as a
     * one-case sign-in). Organisations link as many cases as they hold.
     */
    public Uni<CaseLoginService.ProvenParty> linkCase(Viewer viewer, String caseNumber, String queryCode) {
        // only creditors' own accounts hold parties: staff and lawyers act through their roles and delegations,
        // never by a party's query code
        if (viewer.kind() != Viewer.Kind.ACCOUNT || !viewer.hasRole(Roles.CREDITOR)) {
            return Uni.createFrom().failure(new PortalException(CommonError.FORBIDDEN));
        }
        return caseLogin.prove(caseNumber, queryCode, viewer.clientAddress())
                .chain(party -> pool.preparedQuery("""
                        INSERT INTO account_party_link (account_id, party_id) VALUES ($1, $2)
                        ON CONFLICT DO NOTHING RETURNING party_id""")
                        .execute(Tuple.of(viewer.accountId(), party.partyId()))
                        .chain(rows -> rows.size() == 0
                                ? Uni.createFrom().failure(new PortalException(AccountsError.ALREADY_LINKED))
                                : audit.record(viewer.toActor(), AuditAction.CASE_LINKED, party.caseId(), null)
                                        .replaceWith(party)));
    }

    /** The parties (of any cases) an account has linked. */
    public Uni<List<Long>> linkedParties(long accountId) {
        return pool.preparedQuery("SELECT party_id FROM account_party_link WHERE account_id = $1")
                .execute(Tuple.of(accountId))
                .map(rows -> {
                    List<Long> ids = new java.util.ArrayList<>(rows.size());
                    rows.forEach(row -> ids.add(row.getLong("party_id")));
                    return ids;
                });
    }

    private Uni<String> newToken(Account account, AccountToken.Purpose purpose, Duration validity) {
        String token = LocalSecrets.randomToken(32);
        AccountToken stored = new AccountToken();
        stored.accountId = account.id;
        stored.purpose = purpose.name();
        stored.tokenHash = cipher.keyedHash(token);
        stored.expiresAt = now().plus(validity);
        return tokens.persist(stored).replaceWith(token);
    }

    private Uni<AccountToken> usable(String token, AccountToken.Purpose purpose) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Uni.createFrom().nullItem();
        }
        return tokens.findUsable(cipher.keyedHash(token), purpose)
                .map(found -> found != null && found.expiresAt.isAfter(now()) ? found : null);
    }

    private Uni<Void> throttle(Limit limit, String clientAddress) {
        return limiter.acquire(limit, clientAddress == null ? "unknown" : clientAddress).chain(wait -> wait > 0
                ? Uni.createFrom().failure(PortalException.tooMany(AccountsError.TOO_MANY_ATTEMPTS, wait))
                : Uni.createFrom().voidItem());
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

}
