package io.communitypulse.runtime;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** Rows per table, deduplicated: what a replay or demo left in ClickHouse. */
final class TableCounts {

    private static final List<String> TABLES = List.of("chat_messages", "group_activity_minute", "orders", "alerts",
            "dead_letters");

    private final String jdbcUrl;

    TableCounts(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
    }

    void print(PrintStream out) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl);
             Statement statement = connection.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet rows = statement.executeQuery("SELECT count() FROM " + table + " FINAL")) {
                    rows.next();
                    out.printf("  %-22s %,d rows%n", table, rows.getLong(1));
                }
            }
        }
    }
}
