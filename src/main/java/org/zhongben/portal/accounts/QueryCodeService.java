package org.zhongben.portal.accounts;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.zhongben.portal.casefile.WriteOutcome;
import org.zhongben.portal.casefile.vocabulary.PartyRole;
import org.zhongben.portal.common.crypto.FieldCipher;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * 查询码: the code a court prints on its notice so a party can open its case. 16 characters of Crockford base32
 * (80 bits of entropy), shown in groups of four; stored only as a keyed hash, returned once when issued.
 */
@ApplicationScoped
public class QueryCodeService {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final FieldCipher cipher;
    private final Pool pool;

    QueryCodeService(FieldCipher cipher, Pool pool) {
        this.cipher = cipher;
        this.pool = pool;
    }

    /**
     * Gives a party a chosen code, replacing its current one: a court re-issuing a lost notice, or the demo's
     * published codes. The code must have the normal shape (16 Crockford base32 characters).
     */
    public Uni<Void> replace(long partyId, String code) {
        String normal = normalise(code);
        if (!normal.matches("[0-9A-HJKMNP-TV-Z]{16}")) {
            throw new IllegalArgumentException("a query code has 16 Crockford base32 characters");
        }
        return pool.preparedQuery("""
                INSERT INTO party_query_code (party_id, code_hash) VALUES ($1, $2)
                ON CONFLICT (party_id) DO UPDATE SET code_hash = EXCLUDED.code_hash, created_at = now()""")
                .execute(Tuple.of(partyId, cipher.keyedHash(normal))).replaceWithVoid();
    }

    /** A code issued to one party, to be printed on the court's notice. */
    public record IssuedCode(String partyId, PartyRole role, String queryCode,
            @com.fasterxml.jackson.annotation.JsonIgnore long partyKey) {
    }

    /** Issues codes to new creditors and debtors (of any number of cases), inside the caller's transaction. */
    public Uni<List<IssuedCode>> issue(SqlConnection connection, List<WriteOutcome.NewParty> parties) {
        List<IssuedCode> issued = new ArrayList<>();
        List<Tuple> rows = new ArrayList<>();
        for (WriteOutcome.NewParty party : parties) {
            if (party.role() != PartyRole.CREDITOR && party.role() != PartyRole.DEBTOR) {
                continue;
            }
            String code = newCode();
            issued.add(new IssuedCode(party.externalId(), party.role(), code, party.partyId()));
            rows.add(Tuple.of(party.partyId(), cipher.keyedHash(normalise(code))));
        }
        if (rows.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return connection.preparedQuery("INSERT INTO party_query_code (party_id, code_hash) VALUES ($1, $2)")
                .executeBatch(rows).replaceWith(List.copyOf(issued));
    }

    static String newCode() {
        StringBuilder code = new StringBuilder(19);
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return code.toString();
    }

    /** Codes are compared without separators or case, and with the Crockford look-alikes folded. */
    public static String normalise(String code) {
        StringBuilder normal = new StringBuilder(16);
        for (char c : code.toUpperCase(java.util.Locale.ROOT).toCharArray()) {
            switch (c) {
                case '-', ' ' -> {
                }
                case 'O' -> normal.append('0');
                case 'I', 'L' -> normal.append('1');
                default -> normal.append(c);
            }
        }
        return normal.toString();
    }
}
