package org.zhongben.portal.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The zero-setup database: starts, and a restart on the same folder finds the data of the first run. */
class EmbeddedDatabaseTest {

    @TempDir
    Path folder;

    @Test
    void survivesARestartWithItsDataIntact() throws SQLException {
        Path data = folder.resolve("pg");
        try (EmbeddedDatabase first = EmbeddedDatabase.start(data)) {
            try (Connection connection = connect(first); Statement statement = connection.createStatement()) {
                assertThat(scalar(statement, "SHOW server_version")).startsWith("15.");
                statement.execute("CREATE TABLE kept (value text)");
                statement.execute("INSERT INTO kept VALUES ('终本 survives')");
            }
        }
        try (EmbeddedDatabase second = EmbeddedDatabase.start(data);
                Connection connection = connect(second);
                Statement statement = connection.createStatement()) {
            assertThat(scalar(statement, "SELECT value FROM kept")).isEqualTo("终本 survives");
        }
    }

    private static Connection connect(EmbeddedDatabase database) throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.USER, "");
    }

    private static String scalar(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
