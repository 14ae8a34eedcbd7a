package org.zhongben.portal.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.zhongben.portal.accounts.Roles;
import org.zhongben.portal.common.crypto.CryptoConfig;
import org.zhongben.portal.common.crypto.FieldCipher;
import org.zhongben.portal.testsupport.Intake;
import org.zhongben.portal.testsupport.TestAccounts;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/** A key rollover: the portal holds an old key (1) and a new one (2); the pass moves every stored ID number to 2. */
@QuarkusTest
@TestProfile(IdKeyRotationTest.TwoKeys.class)
class IdKeyRotationTest {

    static final String OLD_KEY = key();
    static final String NEW_KEY = key();
    static final String HASH_KEY = key();

    public static class TwoKeys implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("portal.crypto.id-keys", "1:" + OLD_KEY + ",2:" + NEW_KEY, "portal.crypto.hash-key", HASH_KEY);
        }
    }

    private static String key() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    @Inject
    Pool pool;

    @Inject
    FieldCipher cipher;

    @Inject
    IdKeyRotation rotation;

    @Test
    void everyIdNumberEndsUpUnderTheNewKeyAndStillReadsTheSame() {
        // the portal before the rollover: only the old key
        FieldCipher before = new FieldCipher(new CryptoConfig() {
            @Override
            public String idKeys() {
                return "1:" + OLD_KEY;
            }

            @Override
            public String hashKey() {
                return HASH_KEY;
            }
        });
        String caseNumber = Intake.storeFresh().caseNumber();
        List<Row> parties = parties(caseNumber);
        assertThat(parties).isNotEmpty();
        List<String> plains = new java.util.ArrayList<>();
        for (Row party : parties) {
            String plain = cipher.decrypt(party.getBuffer("id_number_enc").getBytes());
            plains.add(plain);
            pool.preparedQuery("UPDATE party SET id_number_enc = $2 WHERE id = $1")
                    .execute(Tuple.of(party.getLong("id"), Buffer.buffer(before.encrypt(plain)))).await().indefinitely();
        }
        String secondCase = Intake.storeFresh().caseNumber();
        byte[] alreadyNew = parties(secondCase).get(0).getBuffer("id_number_enc").getBytes();
        assertThat(FieldCipher.keyIdOf(alreadyNew)).isEqualTo(2);
        assertThat(parties(caseNumber)).allSatisfy(row -> assertThat(
                FieldCipher.keyIdOf(row.getBuffer("id_number_enc").getBytes())).isEqualTo(1));

        // a staff member's authenticator secret is sealed with the same key and moves with it
        long clerk = TestAccounts.create(pool, Roles.CLERK, "轮换书记员", "京0105");
        pool.preparedQuery("INSERT INTO staff_second_factor (account_id, secret_enc, enrolled_at) VALUES ($1, $2, now())")
                .execute(Tuple.of(clerk, Buffer.buffer(before.encrypt("KRSXG5DDNRSXE2ZAGEZDGNBVGY3TQOJQ"))))
                .await().indefinitely();

        IdKeyRotation.Pass pass = rotation.rotate().await().indefinitely();

        byte[] secret = pool.preparedQuery("SELECT secret_enc FROM staff_second_factor WHERE account_id = $1")
                .execute(Tuple.of(clerk)).await().indefinitely().iterator().next().getBuffer("secret_enc").getBytes();
        assertThat(FieldCipher.keyIdOf(secret)).isEqualTo(2);
        assertThat(cipher.decrypt(secret)).isEqualTo("KRSXG5DDNRSXE2ZAGEZDGNBVGY3TQOJQ");
        assertThat(pass.reencrypted()).isEqualTo(parties.size() + 1L);
        assertThat(pass.checked()).isGreaterThanOrEqualTo(parties.size() + 1L);
        List<Row> after = parties(caseNumber);
        for (int i = 0; i < after.size(); i++) {
            byte[] sealed = after.get(i).getBuffer("id_number_enc").getBytes();
            assertThat(FieldCipher.keyIdOf(sealed)).isEqualTo(2);
            assertThat(cipher.decrypt(sealed)).isEqualTo(plains.get(i));
        }
        // rows already under the new key are not rewritten; a second pass has nothing to do
        assertThat(parties(secondCase).get(0).getBuffer("id_number_enc").getBytes()).isEqualTo(alreadyNew);
        assertThat(rotation.rotate().await().indefinitely().reencrypted()).isZero();
    }

    private List<Row> parties(String caseNumber) {
        List<Row> rows = new java.util.ArrayList<>();
        pool.preparedQuery("""
                SELECT p.id, p.id_number_enc FROM party p JOIN enforcement_case c ON c.id = p.case_id
                WHERE c.case_number = $1 AND p.id_number_enc IS NOT NULL ORDER BY p.id""").execute(Tuple.of(caseNumber))
                .await().indefinitely().forEach(rows::add);
        return rows;
    }
}
