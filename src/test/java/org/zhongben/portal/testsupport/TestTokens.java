package org.zhongben.portal.testsupport;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.eclipse.microprofile.config.ConfigProvider;
import org.zhongben.portal.accounts.Roles;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/** Tokens signed with the test run's key, as the portal would issue them. Use inside {@code @QuarkusTest}s. */
public final class TestTokens {

    private TestTokens() {
    }

    public static String issuer() {
        return ConfigProvider.getConfig().getValue("portal.jwt.issuer", String.class);
    }

    public static String keyId() {
        return ConfigProvider.getConfig().getValue("portal.jwt.key-id", String.class);
    }

    public static String courtSystem(String courtCode) {
        return courtSystem(courtCode, Duration.ofMinutes(5));
    }

    public static String courtSystem(String courtCode, Duration lifetime) {
        return Jwt.issuer(issuer()).subject("court-client:test-" + courtCode).upn("test-" + courtCode)
                .groups(Set.of(Roles.COURT_SYSTEM)).claim(Roles.COURT_CLAIM, courtCode)
                .claim("jti", UUID.randomUUID().toString()).expiresIn(lifetime).jws().keyId(keyId()).sign();
    }

    /** A token that expired a minute ago (the issued-at lies in the past too). */
    public static String expiredCourtSystem(String courtCode) {
        long now = System.currentTimeMillis() / 1000;
        return Jwt.issuer(issuer()).subject("court-client:test-" + courtCode).upn("test-" + courtCode)
                .groups(Set.of(Roles.COURT_SYSTEM)).claim(Roles.COURT_CLAIM, courtCode)
                .issuedAt(now - 3600).expiresAt(now - 60).jws().keyId(keyId()).sign();
    }

    /** A session token for an account (the account must exist: sessions are checked against it). */
    public static String account(long accountId, String role, String name) {
        JwtClaimsBuilder claims = Jwt.issuer(issuer()).subject("account:" + accountId).groups(Set.of(role))
                .claim("kind", "ACCOUNT").claim("aid", accountId).claim("name", name)
                .claim("jti", UUID.randomUUID().toString()).expiresIn(Duration.ofMinutes(10));
        if (Roles.isStaff(role)) {
            claims.claim("amr", List.of("pwd", "otp"));
        }
        return claims.jws().keyId(keyId()).sign();
    }

    /** A staff token as the portal never issues one: the role without the second factor (must be refused). */
    public static String staffWithoutSecondFactor(long accountId, String role, String courtCode) {
        return Jwt.issuer(issuer()).subject("account:" + accountId).groups(Set.of(role)).claim("kind", "ACCOUNT")
                .claim("aid", accountId).claim("name", "无第二重验证").claim(Roles.COURT_CLAIM, courtCode)
                .claim("amr", List.of("pwd")).claim("jti", UUID.randomUUID().toString())
                .expiresIn(Duration.ofMinutes(10)).jws().keyId(keyId()).sign();
    }

    /** A session token for a clerk account of {@code courtCode} (the account must exist). */
    public static String clerk(long accountId, String name, String courtCode) {
        return Jwt.issuer(issuer()).subject("account:" + accountId).groups(Set.of(Roles.CLERK)).claim("kind", "ACCOUNT")
                .claim("aid", accountId).claim("name", name).claim(Roles.COURT_CLAIM, courtCode)
                .claim("amr", List.of("pwd", "otp")).claim("jti", UUID.randomUUID().toString())
                .expiresIn(Duration.ofMinutes(10)).jws().keyId(keyId()).sign();
    }

    /** A one-case session for a party that expires in {@code lifetime}. */
    public static String party(long partyId, String role, String name, Duration lifetime) {
        return Jwt.issuer(issuer()).subject("party:" + partyId).groups(Set.of(role)).claim("kind", "PARTY")
                .claim("pid", partyId).claim("name", name).claim("jti", UUID.randomUUID().toString())
                .expiresIn(lifetime).jws().keyId(keyId()).sign();
    }
}
