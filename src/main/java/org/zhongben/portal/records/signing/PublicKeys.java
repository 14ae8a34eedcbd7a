package org.zhongben.portal.records.signing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jose4j.json.JsonUtil;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.Use;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwx.HeaderParameterNames;
import org.jose4j.lang.JoseException;
import org.zhongben.portal.accounts.JwtConfig;

import io.quarkus.runtime.Startup;
import io.smallrye.jwt.util.KeyUtils;
import io.smallrye.jwt.util.ResourceUtils;

/**
 * The portal's published verification keys, read from {@code portal.jwt.verification-keys-location}: a JWKS (during
 * a rotation it holds the old and the new key) or a single PEM public key, which gets the current key id. Only the
 * public RSA parameters are ever published, whatever else the file holds. Loaded at start-up, so a broken key file
 * stops the portal.
 */
@Startup
@ApplicationScoped
public class PublicKeys {

    /** Far larger than any real signature (about 500 characters for a 2048-bit key); longer input is refused unread. */
    static final int MAX_SIGNATURE_LENGTH = 16 * 1024;

    private static final AlgorithmConstraints RS256_ONLY = new AlgorithmConstraints(
            AlgorithmConstraints.ConstraintType.PERMIT, AlgorithmIdentifiers.RSA_USING_SHA256);

    private final Map<String, RSAPublicKey> byKeyId;
    private final String jwks;
    private final String pem;

    @Inject
    PublicKeys(JwtConfig config) {
        this(config.verificationKeysLocation(), config.keyId());
    }

    /**
     * {@code location}: a file path, {@code file:} or {@code classpath:} location, as smallrye-jwt reads it;
     * {@code currentKeyId}: the id of a PEM key, or of a JWKS key that has none, and the id that must be published.
     */
    PublicKeys(String location, String currentKeyId) {
        if (currentKeyId == null || currentKeyId.isBlank()) {
            throw new IllegalStateException("portal.jwt.key-id is empty");
        }
        String text;
        try {
            text = ResourceUtils.readResource(location);
        } catch (Exception e) {
            throw new IllegalStateException("Could not read the verification keys at " + location, e);
        }
        if (text == null || text.isBlank()) {
            throw new IllegalStateException("No verification keys at " + location);
        }
        Map<String, RSAPublicKey> keys = text.strip().startsWith("{") ? fromJwks(text, currentKeyId, location)
                : fromPem(text, currentKeyId, location);
        if (!keys.containsKey(currentKeyId)) {
            throw new IllegalStateException("The verification keys at " + location + " do not include the current key "
                    + currentKeyId);
        }
        this.byKeyId = Collections.unmodifiableMap(keys);
        this.jwks = toJwks(keys);
        this.pem = toPem(keys);
    }

    /** The published keys as a JWK Set (RFC 7517): public RSA parameters only, each with kid, use sig, alg RS256. */
    public String jwks() {
        return jwks;
    }

    /** The same keys as PEM public keys ({@code SubjectPublicKeyInfo}), in the order of the JWK Set. */
    public String pem() {
        return pem;
    }

    /**
     * Whether {@code jws} is a valid detached RS256 signature of {@code content} ({@code typ} {@value
     * PortalSigner#TYPE}) by the published key its {@code kid} names. Anything else, malformed input included, is
     * {@code false}: this never throws.
     */
    public boolean verifyDetached(String jws, byte[] content) {
        if (jws == null || content == null || jws.length() > MAX_SIGNATURE_LENGTH) {
            return false;
        }
        try {
            String[] parts = jws.strip().split("\\.", -1);
            // detached only: an embedded payload, even the right one, is not this format
            if (parts.length != 3 || !parts[1].isEmpty()) {
                return false;
            }
            JsonWebSignature signature = new JsonWebSignature();
            signature.setAlgorithmConstraints(RS256_ONLY);
            // put the content back in its place (jose4j would otherwise verify against the empty payload part)
            signature.setCompactSerialization(
                    parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(content) + "." + parts[2]);
            if (!PortalSigner.TYPE.equals(signature.getHeader(HeaderParameterNames.TYPE))
                    || signature.getHeaders().getObjectHeaderValue(HeaderParameterNames.BASE64URL_ENCODE_PAYLOAD) != null
                    || signature.getHeaders().getObjectHeaderValue(HeaderParameterNames.CRITICAL) != null) {
                return false;
            }
            RSAPublicKey key = byKeyId.get(signature.getKeyIdHeaderValue());
            if (key == null) {
                return false;
            }
            signature.setKey(key);
            return signature.verifySignature();
        } catch (JoseException | RuntimeException e) {
            return false;
        }
    }

    private static Map<String, RSAPublicKey> fromJwks(String json, String currentKeyId, String location) {
        List<JsonWebKey> found;
        try {
            Map<String, Object> parsed = JsonUtil.parseJson(json);
            found = parsed.containsKey("keys") ? new JsonWebKeySet(json).getJsonWebKeys()
                    : List.of(JsonWebKey.Factory.newJwk(parsed));
        } catch (JoseException | RuntimeException e) {
            throw new IllegalStateException("The verification keys at " + location + " are not a valid JWKS", e);
        }
        Map<String, RSAPublicKey> keys = new LinkedHashMap<>();
        for (JsonWebKey jwk : found) {
            boolean signing = jwk.getUse() == null || Use.SIGNATURE.equals(jwk.getUse());
            boolean rs256 = jwk.getAlgorithm() == null || AlgorithmIdentifiers.RSA_USING_SHA256.equals(jwk.getAlgorithm());
            if (jwk instanceof RsaJsonWebKey rsa && signing && rs256) {
                String keyId = jwk.getKeyId() == null ? currentKeyId : jwk.getKeyId();
                add(keys, keyId, rsa.getRsaPublicKey(), location);
            }
        }
        return keys;
    }

    private static Map<String, RSAPublicKey> fromPem(String text, String currentKeyId, String location) {
        if (text.indexOf("-----BEGIN ") != text.lastIndexOf("-----BEGIN ")) {
            throw new IllegalStateException("The PEM file at " + location
                    + " holds more than one block; publish a JWKS to offer several keys");
        }
        PublicKey key;
        try {
            key = text.contains("-----BEGIN CERTIFICATE-----") ? KeyUtils.decodeCertificate(text)
                    : KeyUtils.decodePublicKey(text);
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new IllegalStateException("The verification key at " + location + " is not a PEM RSA public key", e);
        }
        if (!(key instanceof RSAPublicKey rsa)) {
            throw new IllegalStateException("The verification key at " + location + " is not an RSA key");
        }
        Map<String, RSAPublicKey> keys = new LinkedHashMap<>();
        add(keys, currentKeyId, rsa, location);
        return keys;
    }

    private static void add(Map<String, RSAPublicKey> keys, String keyId, RSAPublicKey key, String location) {
        if (keys.putIfAbsent(keyId, key) != null) {
            throw new IllegalStateException("The verification keys at " + location + " hold key id " + keyId + " twice");
        }
    }

    private static String toJwks(Map<String, RSAPublicKey> keys) {
        List<JsonWebKey> published = new ArrayList<>();
        keys.forEach((keyId, key) -> {
            // a fresh JWK from the public key alone: nothing private (or unexpected) can be copied along
            RsaJsonWebKey jwk = new RsaJsonWebKey(key);
            jwk.setKeyId(keyId);
            jwk.setUse(Use.SIGNATURE);
            jwk.setAlgorithm(AlgorithmIdentifiers.RSA_USING_SHA256);
            published.add(jwk);
        });
        return new JsonWebKeySet(published).toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY);
    }

    private static String toPem(Map<String, RSAPublicKey> keys) {
        Base64.Encoder encoder = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII));
        StringBuilder pem = new StringBuilder();
        for (RSAPublicKey key : keys.values()) {
            pem.append("-----BEGIN PUBLIC KEY-----\n").append(encoder.encodeToString(key.getEncoded()))
                    .append("\n-----END PUBLIC KEY-----\n");
        }
        return pem.toString();
    }

}
