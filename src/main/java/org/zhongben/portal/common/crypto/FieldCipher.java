package org.zhongben.portal.common.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Encrypts short personal fields (ID numbers) with AES-256-GCM and computes their keyed hash. The ciphertext layout
 * is {@code keyId (1 byte) | nonce (12 bytes) | ciphertext+tag}, so rows encrypted under an older key stay readable
 * after a rotation.
 */
@ApplicationScoped
public class FieldCipher {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final TreeMap<Integer, SecretKeySpec> keys;
    private final SecretKeySpec hashKey;

    @Inject
    public FieldCipher(CryptoConfig config) {
        this(parseKeys(config.idKeys()), decodeKey(config.hashKey(), "portal.crypto.hash-key"));
    }

    FieldCipher(TreeMap<Integer, SecretKeySpec> keys, SecretKeySpec hashKey) {
        this.keys = keys;
        this.hashKey = new SecretKeySpec(hashKey.getEncoded(), "HmacSHA256");
    }

    public byte[] encrypt(String plain) {
        Map.Entry<Integer, SecretKeySpec> current = keys.lastEntry();
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, current.getValue(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(new byte[] { current.getKey().byteValue() });
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length).put(current.getKey().byteValue()).put(nonce)
                    .put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
    }

    public String decrypt(byte[] sealed) {
        int keyId = Byte.toUnsignedInt(sealed[0]);
        SecretKeySpec key = keys.get(keyId);
        if (key == null) {
            throw new IllegalStateException("No decryption key with id " + keyId + " is configured");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 1, NONCE_BYTES));
            cipher.updateAAD(new byte[] { sealed[0] });
            byte[] plain = cipher.doFinal(sealed, 1 + NONCE_BYTES, sealed.length - 1 - NONCE_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Stored value failed authentication", e);
        }
    }

    /** The value encrypted again under the current key; the same array when it already is. */
    public byte[] reencrypt(byte[] sealed) {
        return keyIdOf(sealed) == currentKeyId() ? sealed : encrypt(decrypt(sealed));
    }

    /** Id of the key new values are encrypted with. */
    public int currentKeyId() {
        return keys.lastKey();
    }

    /** Id of the key a stored value was encrypted with. */
    public static int keyIdOf(byte[] sealed) {
        return Byte.toUnsignedInt(sealed[0]);
    }

    /** HMAC-SHA256 of the normalised value: equal inputs give equal hashes, and nobody without the key can test guesses. */
    public byte[] keyedHash(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(hashKey);
            return mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC failed", e);
        }
    }

    static TreeMap<Integer, SecretKeySpec> parseKeys(String spec) {
        TreeMap<Integer, SecretKeySpec> parsed = new TreeMap<>();
        for (String entry : spec.split(",")) {
            String trimmed = entry.trim();
            int colon = trimmed.indexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException("portal.crypto.id-keys entries must look like id:base64key");
            }
            int id = Integer.parseInt(trimmed.substring(0, colon));
            if (id < 1 || id > 255) {
                throw new IllegalArgumentException("portal.crypto.id-keys ids must be 1..255");
            }
            parsed.put(id, decodeKey(trimmed.substring(colon + 1), "portal.crypto.id-keys"));
        }
        if (parsed.isEmpty()) {
            throw new IllegalArgumentException("portal.crypto.id-keys is empty");
        }
        return parsed;
    }

    private static SecretKeySpec decodeKey(String base64, String property) {
        byte[] key = Base64.getDecoder().decode(base64.trim());
        if (key.length != 32) {
            throw new IllegalArgumentException(property + " must be 32 random bytes, base64 encoded");
        }
        return new SecretKeySpec(key, "AES");
    }
}
