package io.communitypulse.schema;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Brings a ClickHouse database up to the newest migration in {@code sql/} and records each one it
 * applies, with its checksum, in {@code schema_migrations}. Applying again is a no-op; an applied
 * file that has since changed stops the step, since its tables no longer match it.
 */
public final class Migrator {

    private static final Pattern DATABASE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,63}");

    private final String serverJdbcUrl;
    private final String database;

    /**
     * @param serverJdbcUrl the server, without a database: {@code jdbc:clickhouse://127.0.0.1:8123}, with
     *                      credentials as parameters if needed ({@code ...:8123?user=pulse_admin&password=...})
     * @param database      created when missing
     */
    public Migrator(String serverJdbcUrl, String database) {
        if (!DATABASE_NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("database name '" + database + "' must match " + DATABASE_NAME);
        }
        this.serverJdbcUrl = serverJdbcUrl;
        this.database = database;
    }

    /** The server URL with the database in its path, before any {@code ?user=...} parameters. */
    public String databaseJdbcUrl() {
        int parameters = serverJdbcUrl.indexOf('?');
        return parameters < 0
                ? serverJdbcUrl + "/" + database
                : serverJdbcUrl.substring(0, parameters) + "/" + database + serverJdbcUrl.substring(parameters);
    }

    /** Applies what is missing; returns the migrations applied by this call. */
    public List<Migration> migrate() throws SQLException {
        try (Connection server = DriverManager.getConnection(serverJdbcUrl);
             Statement statement = server.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS " + database);
        }
        try (Connection connection = DriverManager.getConnection(databaseJdbcUrl())) {
            createLedger(connection);
            Map<Integer, String> applied = appliedChecksums(connection);
            List<Migration> appliedNow = new ArrayList<>();
            for (Migration migration : MigrationFiles.load()) {
                String checksum = applied.get(migration.version());
                if (checksum == null) {
                    apply(connection, migration);
                    appliedNow.add(migration);
                } else if (!checksum.equals(migration.checksum())) {
                    throw new SQLException("migration " + migration.version() + "_" + migration.name()
                            + " changed after it was applied: add a new migration instead of editing it");
                }
            }
            return appliedNow;
        }
    }

    private static void createLedger(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("""
                    CREATE TABLE IF NOT EXISTS schema_migrations
                    (
                        version     UInt32   COMMENT 'Number of the sql/ file',
                        name        String   COMMENT 'Rest of its file name',
                        checksum    String   COMMENT 'SHA-256 of the file as applied',
                        applied_at  DateTime64(3, 'UTC') DEFAULT now64(3) COMMENT 'When it was applied'
                    )
                    ENGINE = ReplacingMergeTree
                    ORDER BY version
                    COMMENT 'Migrations from sql/ applied to this database'""");
        }
    }

    private static Map<Integer, String> appliedChecksums(Connection connection) throws SQLException {
        Map<Integer, String> applied = new HashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT version, checksum FROM schema_migrations FINAL")) {
            while (rows.next()) {
                applied.put(rows.getInt(1), rows.getString(2));
            }
        }
        return applied;
    }

    private static void apply(Connection connection, Migration migration) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : migration.statements()) {
                statement.execute(sql);
            }
        }
        try (PreparedStatement record = connection.prepareStatement(
                "INSERT INTO schema_migrations (version, name, checksum) VALUES (?, ?, ?)")) {
            record.setInt(1, migration.version());
            record.setString(2, migration.name());
            record.setString(3, migration.checksum());
            record.executeUpdate();
        }
    }
}
