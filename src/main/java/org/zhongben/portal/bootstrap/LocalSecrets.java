package org.zhongben.portal.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Keys for the demo and test modes, generated on first start into a local folder (never committed) and reused
 * afterwards. Production takes the same values from its environment and refuses to start without them.
 */
public final class LocalSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private LocalSecrets() {
    }

    /**
     * Ensures the secrets exist in {@code directory} and returns the configuration properties that point the
     * portal at them.
     */
    public static Map<String, String> ensure(Path directory) {
        try {
            Files.createDirectories(directory);
            Path privateKey = directory.resolve("jwt-signing-key.pem");
            Path jwks = directory.resolve("jwt-verification-keys.json");
            if (!Files.exists(privateKey) || !Files.exists(jwks)) {
                writeSigningKeys(privateKey, jwks);
            }
            String idKey = readOrCreate(directory.resolve("id-encryption.key"), 32);
            String hashKey = readOrCreate(directory.resolve("id-hash.key"), 32);
            Map<String, String> properties = new LinkedHashMap<>();
            properties.put("portal.jwt.signing-key-location", privateKey.toAbsolutePath().toString());
            properties.put("portal.jwt.verification-keys-location", jwks.toAbsolutePath().toString());
            properties.put("portal.jwt.key-id", keyIdOf(jwks));
            properties.put("portal.crypto.id-keys", "1:" + idKey);
            properties.put("portal.crypto.hash-key", hashKey);
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare local secrets in " + directory, e);
        }
    }

    /** A random secret of {@code bytes} bytes, base64url without padding. */
    public static String randomToken(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
    }

    private static String readOrCreate(Path file, int bytes) throws IOException {
        if (Files.exists(file)) {
            return Files.readString(file, StandardCharsets.US_ASCII).trim();
        }
        byte[] key = new byte[bytes];
        RANDOM.nextBytes(key);
        String encoded = Base64.getEncoder().encodeToString(key);
        writePrivate(file, encoded + "\n");
        return encoded;
    }

    private static void writeSigningKeys(Path privateKeyFile, Path jwksFile) throws IOException {
        KeyPair pair;
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048, RANDOM);
            pair = generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA is not available", e);
        }
        String pem = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(pair.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
        writePrivate(privateKeyFile, pem);
        RSAPublicKey publicKey = (RSAPublicKey) pair.getPublic();
        String kid = thumbprint(publicKey);
        String jwks = "{\"keys\":[{\"kty\":\"RSA\",\"use\":\"sig\",\"alg\":\"RS256\",\"kid\":\"" + kid + "\",\"n\":\""
                + base64Url(publicKey.getModulus()) + "\",\"e\":\"" + base64Url(publicKey.getPublicExponent())
                + "\"}]}\n";
        Files.writeString(jwksFile, jwks, StandardCharsets.UTF_8);
    }

    /** RFC 7638 thumbprint of the key, used as its key id. */
    static String thumbprint(RSAPublicKey key) {
        String canonical = "{\"e\":\"" + base64Url(key.getPublicExponent()) + "\",\"kty\":\"RSA\",\"n\":\""
                + base64Url(key.getModulus()) + "\"}";
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String keyIdOf(Path jwks) throws IOException {
        String text = Files.readString(jwks, StandardCharsets.UTF_8);
        int start = text.indexOf("\"kid\":\"") + 7;
        return text.substring(start, text.indexOf('"', start));
    }

    private static String base64Url(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            byte[] unsigned = new byte[bytes.length - 1];
            System.arraycopy(bytes, 1, unsigned, 0, unsigned.length);
            bytes = unsigned;
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void writePrivate(Path file, String content) throws IOException {
        Files.writeString(file, content, StandardCharsets.US_ASCII);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // best effort on non-POSIX file systems
        }
    }
}
