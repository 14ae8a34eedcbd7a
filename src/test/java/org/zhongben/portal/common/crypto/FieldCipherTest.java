package org.zhongben.portal.common.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.TreeMap;

import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

class FieldCipherTest {

    private static final String KEY_1 = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String KEY_2 = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());

    private static FieldCipher cipher(String keys) {
        TreeMap<Integer, SecretKeySpec> parsed = FieldCipher.parseKeys(keys);
        return new FieldCipher(parsed, new SecretKeySpec(new byte[32], "HmacSHA256"));
    }

    @Test
    void encryptsRandomlyAndDecryptsBack() {
        FieldCipher cipher = cipher("1:" + KEY_1);
        byte[] first = cipher.encrypt("110105198503121234");
        byte[] second = cipher.encrypt("110105198503121234");
        assertThat(first).isNotEqualTo(second);
        assertThat(new String(first)).doesNotContain("1101051985");
        assertThat(cipher.decrypt(first)).isEqualTo("110105198503121234");
    }

    @Test
    void newestKeyEncryptsAndOlderKeysStillDecrypt() {
        FieldCipher old = cipher("1:" + KEY_1);
        byte[] sealedWithOld = old.encrypt("A");
        FieldCipher rotated = cipher("1:" + KEY_1 + ",2:" + KEY_2);
        assertThat(rotated.currentKeyId()).isEqualTo(2);
        assertThat(FieldCipher.keyIdOf(rotated.encrypt("B"))).isEqualTo(2);
        assertThat(rotated.decrypt(sealedWithOld)).isEqualTo("A");
        assertThatThrownBy(() -> cipher("2:" + KEY_2).decrypt(sealedWithOld)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("id 1");
    }

    @Test
    void tamperedCiphertextFailsAuthentication() {
        FieldCipher cipher = cipher("1:" + KEY_1);
        byte[] sealed = cipher.encrypt("secret");
        sealed[sealed.length - 1] ^= 1;
        assertThatThrownBy(() -> cipher.decrypt(sealed)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void keyedHashIsStableAndKeyDependent() {
        FieldCipher one = cipher("1:" + KEY_1);
        FieldCipher other = new FieldCipher(FieldCipher.parseKeys("1:" + KEY_1), new SecretKeySpec(new byte[] {
                1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30,
                31, 32 }, "HmacSHA256"));
        assertThat(one.keyedHash("X")).isEqualTo(one.keyedHash("X")).isNotEqualTo(one.keyedHash("Y"))
                .isNotEqualTo(other.keyedHash("X"));
    }

    @Test
    void refusesKeysOfTheWrongLength() {
        assertThatThrownBy(() -> FieldCipher.parseKeys("1:" + Base64.getEncoder().encodeToString(new byte[16])))
                .hasMessageContaining("32 random bytes");
        assertThatThrownBy(() -> FieldCipher.parseKeys("nonsense")).hasMessageContaining("id:base64key");
    }
}
