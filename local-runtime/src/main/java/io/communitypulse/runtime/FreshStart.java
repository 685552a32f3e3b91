package io.communitypulse.runtime;

import io.communitypulse.schema.Migrator;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A demo starts with empty tables: a second run's simulated traffic would otherwise mix with the first's
 * (same seed, overlapping event times), and its alerts with the earlier ones. {@code --keep-data} keeps them.
 */
final class FreshStart {

    private FreshStart() {}

    static void emptyDatabase(String serverJdbcUrl, String database, Progress progress) throws SQLException {
        try (Connection server = DriverManager.getConnection(serverJdbcUrl);
             Statement statement = server.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database + " SYNC");
        }
        new Migrator(serverJdbcUrl, database).migrate();
        progress.step("starting clean: database " + database + " emptied of earlier runs (--keep-data keeps them)");
    }
}
