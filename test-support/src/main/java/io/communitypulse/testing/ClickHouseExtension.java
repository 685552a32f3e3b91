package io.communitypulse.testing;

import io.communitypulse.clickhouse.embedded.EmbeddedClickHouse;
import io.communitypulse.schema.Migrator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Gives a test class the real embedded ClickHouse and a database of its own, built by the same
 * {@code sql/} migrations as production. Register it as a static field:
 * {@code @RegisterExtension static final ClickHouseExtension clickHouse = new ClickHouseExtension();}
 */
public final class ClickHouseExtension implements BeforeAllCallback, AfterAllCallback {

    private EmbeddedClickHouse server;
    private Path dataDir;
    private String database;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        dataDir = Files.createTempDirectory("pulse-clickhouse-test");
        server = EmbeddedClickHouse.startOnFreePorts(dataDir);
        database = "test_" + context.getRequiredTestClass().getSimpleName().toLowerCase(Locale.ROOT);
        new Migrator(server.jdbcUrl(), database).migrate();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        server.close();
        deleteRecursively(dataDir);
    }

    /** JDBC URL of this class's migrated database. */
    public String jdbcUrl() {
        return server.jdbcUrl(database);
    }

    /** A second database on the same server, built by the same migrations; its JDBC URL. */
    public String migratedDatabase(String name) throws SQLException {
        new Migrator(server.jdbcUrl(), name).migrate();
        return server.jdbcUrl(name);
    }

    public int httpPort() {
        return server.httpPort();
    }

    /** {@code kill -9} of the server's process; {@link #startAgain()} brings it back on the same data and ports. */
    public void kill() {
        ProcessSignals.kill(server.pid());
    }

    public void startAgain() {
        server = EmbeddedClickHouse.start(dataDir, server.httpPort(), server.tcpPort());
    }

    /** {@code kill -STOP}: connections are accepted by the kernel, nothing answers until {@link #thaw()}. */
    public void freeze() {
        ProcessSignals.freeze(server.pid());
    }

    public void thaw() {
        ProcessSignals.thaw(server.pid());
    }

    public String database() {
        return database;
    }

    public void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl());
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** The rows of a query, each as its column values rendered as strings. */
    public List<List<String>> rows(String sql) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(jdbcUrl());
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> row = new ArrayList<>(columns);
                for (int i = 1; i <= columns; i++) {
                    row.add(result.getString(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    public long count(String sql) throws SQLException {
        return Long.parseLong(rows(sql).get(0).get(0));
    }

    private static void deleteRecursively(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
