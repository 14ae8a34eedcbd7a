package org.zhongben.portal.testsupport;

import java.util.UUID;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/** Accounts created straight in the database, for roles that have no sign-up path of their own in a test. */
public final class TestAccounts {

    private TestAccounts() {
    }

    /** Creates a confirmed account with the role and returns its id (the password hash is unusable on purpose). */
    public static long create(Pool pool, String role, String name, String courtCode) {
        return pool.preparedQuery("""
                INSERT INTO account (email, password_hash, display_name, kind, role, court_code, email_confirmed_at,
                                     password_changed_at)
                VALUES ($1, 'no-password', $2, 'PERSON', $3, $4, now(), now() - interval '1 minute') RETURNING id""")
                .execute(Tuple.of(role + "-" + UUID.randomUUID() + "@test.cn", name, role, courtCode))
                .await().indefinitely().iterator().next().getLong("id");
    }

    /** Creates a confirmed lawyer account with a profile (licence checked or waiting) and returns its id. */
    public static long lawyer(Pool pool, String name, boolean verified) {
        long id = create(pool, "lawyer", name, null);
        String licence = "1" + String.format("%016d",
                Math.abs(UUID.randomUUID().getMostSignificantBits()) % 1_0000_0000_0000_0000L);
        pool.preparedQuery("""
                INSERT INTO lawyer_profile (account_id, law_firm, licence_number, verified_at)
                VALUES ($1, '北京某律师事务所', $2, CASE WHEN $3 THEN now() END)""")
                .execute(Tuple.of(id, licence, verified)).await().indefinitely();
        return id;
    }

    /** Links a party (by case number and party id in the file) to an account. */
    public static void link(Pool pool, long accountId, String caseNumber, String partyExternalId) {
        pool.preparedQuery("""
                INSERT INTO account_party_link (account_id, party_id)
                SELECT $1, p.id FROM party p JOIN enforcement_case c ON c.id = p.case_id
                WHERE c.case_number = $2 AND p.external_id = $3""")
                .execute(Tuple.of(accountId, caseNumber, partyExternalId)).await().indefinitely();
    }
}
