package org.zhongben.portal.accounts;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;

/**
 * The portal's token keys. Required: production reads them from the environment and refuses to start without them;
 * the demo and test modes generate a key pair locally. smallrye-jwt reads the same values through
 * {@code smallrye.jwt.sign.key.location} and {@code mp.jwt.verify.publickey.location}.
 */
@ConfigMapping(prefix = "portal.jwt")
public interface JwtConfig {

    /** PKCS#8 PEM file of the RSA signing key. */
    String signingKeyLocation();

    /** JWKS (or PEM) file with the verification keys; during a rotation it holds the old and the new key. */
    String verificationKeysLocation();

    /** Key id ({@code kid}) written into tokens signed with the current key. */
    String keyId();

    /** Issuer written into and required of every token. */
    String issuer();

    /** Lifetime of a court system's token. */
    Duration courtTokenLifetime();
}
