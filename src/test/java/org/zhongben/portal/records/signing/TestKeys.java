package org.zhongben.portal.records.signing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.jose4j.json.JsonUtil;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.Use;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.lang.JoseException;

/** RSA key pairs and key files for the signing tests, written the way LocalSecrets and operators write them. */
final class TestKeys {

    private TestKeys() {
    }

    static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path privatePem(Path directory, KeyPair pair) {
        return write(directory.resolve("signing-key.pem"), pem("PRIVATE KEY", pair.getPrivate()));
    }

    static Path publicPem(Path directory, KeyPair pair) {
        return write(directory.resolve("verification-key.pem"), pem("PUBLIC KEY", pair.getPublic()));
    }

    /** A JWKS of the key pairs (public parts) under the given key ids, in order. */
    static Path jwks(Path directory, Map<String, KeyPair> pairs) {
        List<JsonWebKey> keys = pairs.entrySet().stream().<JsonWebKey> map(entry -> jwk(entry.getValue(), entry.getKey()))
                .toList();
        return write(directory.resolve("verification-keys.json"),
                new JsonWebKeySet(keys).toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY));
    }

    static RsaJsonWebKey jwk(KeyPair pair, String keyId) {
        try {
            RsaJsonWebKey jwk = (RsaJsonWebKey) JsonWebKey.Factory.newJwk(pair.getPublic());
            jwk.setPrivateKey(pair.getPrivate());
            jwk.setKeyId(keyId);
            jwk.setUse(Use.SIGNATURE);
            jwk.setAlgorithm(AlgorithmIdentifiers.RSA_USING_SHA256);
            return jwk;
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    static String pem(String type, Key key) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(key.getEncoded())
                + "\n-----END " + type + "-----\n";
    }

    static Path write(Path file, String content) {
        try {
            return Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String base64Url(String text) {
        return base64Url(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The protected header of a compact JWS. */
    static Map<String, Object> header(String jws) {
        try {
            return JsonUtil.parseJson(new String(Base64.getUrlDecoder().decode(jws.substring(0, jws.indexOf('.'))),
                    StandardCharsets.UTF_8));
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A detached JWS signed by hand with jose4j, for headers or algorithms the portal never uses. */
    static String detached(Key key, Map<String, String> header, byte[] content) {
        JsonWebSignature jws = new JsonWebSignature();
        header.forEach(jws::setHeader);
        jws.setPayloadBytes(content);
        jws.setKey(key);
        jws.setDoKeyValidation(false);
        try {
            return jws.getDetachedContentCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }
}
