package org.zhongben.portal.records.signing;

import java.security.PrivateKey;
import java.security.interfaces.RSAPrivateKey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwx.HeaderParameterNames;
import org.jose4j.lang.JoseException;
import org.zhongben.portal.accounts.JwtConfig;

import io.quarkus.runtime.Startup;
import io.smallrye.jwt.util.KeyUtils;
import io.smallrye.jwt.util.ResourceUtils;

/**
 * Signs evidence bundle manifests with the portal's own RS256 key (the one that signs its tokens), so anyone can
 * check a downloaded bundle against the keys published at {@code /.well-known/portal-keys.json}. Loaded at start-up:
 * a missing or unreadable key stops the portal instead of the first download.
 */
@Startup
@ApplicationScoped
public class PortalSigner {

    /**
     * {@code typ} of a manifest signature. Verification requires it, so a session token signed with the same key can
     * never pass for a manifest signature.
     */
    public static final String TYPE = "portal-manifest+jws";

    private final PrivateKey key;
    private final String keyId;

    @Inject
    PortalSigner(JwtConfig config) {
        this(config.signingKeyLocation(), config.keyId());
    }

    /** {@code location}: a file path, {@code file:} or {@code classpath:} location, as smallrye-jwt reads it. */
    PortalSigner(String location, String keyId) {
        if (keyId == null || keyId.isBlank()) {
            throw new IllegalStateException("portal.jwt.key-id is empty");
        }
        PrivateKey read;
        try {
            String pem = ResourceUtils.readResource(location);
            if (pem == null) {
                throw new IllegalStateException("No signing key at " + location);
            }
            read = KeyUtils.decodePrivateKey(pem);
        } catch (Exception e) {
            throw new IllegalStateException("Could not read the signing key (PKCS#8 PEM) at " + location, e);
        }
        if (!(read instanceof RSAPrivateKey)) {
            throw new IllegalStateException("The signing key at " + location + " is not an RSA private key");
        }
        this.key = read;
        this.keyId = keyId;
    }

    /**
     * A JWS over {@code content} in compact serialization with the payload left out ({@code header..signature},
     * RFC 7515 Appendix F): RS256, {@code kid} of the current key, {@code typ} {@value #TYPE}.
     */
    public String signDetached(byte[] content) {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setKeyIdHeaderValue(keyId);
        jws.setHeader(HeaderParameterNames.TYPE, TYPE);
        jws.setPayloadBytes(content);
        jws.setKey(key);
        try {
            return jws.getDetachedContentCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("Could not sign with key " + keyId, e);
        }
    }

    /** Key id ({@code kid}) of the key this signer uses. */
    public String keyId() {
        return keyId;
    }
}
