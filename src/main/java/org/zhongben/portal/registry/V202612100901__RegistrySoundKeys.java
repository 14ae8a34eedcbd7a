package org.zhongben.portal.registry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Adds the sound (pinyin) keys of {@link NameKeys} to register entries stored before intake computed them. Java,
 * because the readings come from the pinyin dictionary; runs once, in the migration's transaction, streaming the
 * distinct names and writing their keys in batches.
 */
public class V202612100901__RegistrySoundKeys extends BaseJavaMigration {

    private static final int BATCH = 1_000;

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement names = connection.createStatement();
                PreparedStatement insert = connection.prepareStatement("""
                        INSERT INTO registry_name_key (key, case_id, party_id, zhongben_on)
                        SELECT ?, case_id, party_id, zhongben_on FROM registry_entry WHERE debtor_name = ?
                        ON CONFLICT DO NOTHING""")) {
            names.setFetchSize(BATCH);
            int pending = 0;
            try (ResultSet rows = names.executeQuery("SELECT DISTINCT debtor_name FROM registry_entry"
                    + " WHERE char_length(debtor_name) BETWEEN " + NameKeys.MIN_LENGTH + " AND " + NameKeys.MAX_SOUND_LENGTH)) {
                while (rows.next()) {
                    String name = rows.getString(1);
                    for (String key : NameKeys.sounds(name)) {
                        insert.setString(1, key);
                        insert.setString(2, name);
                        insert.addBatch();
                        if (++pending == BATCH) {
                            insert.executeBatch();
                            pending = 0;
                        }
                    }
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        }
    }
}
