package io.communitypulse.clickhouse.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real ClickHouse server code from libchdb, reached with clickhouse-jdbc's default settings. */
class EmbeddedClickHouseTest {

    @TempDir
    static Path dataDir;
    private static EmbeddedClickHouse clickHouse;

    @BeforeAll
    static void start() {
        clickHouse = EmbeddedClickHouse.startOnFreePorts(dataDir);
    }

    @AfterAll
    static void stop() {
        clickHouse.close();
    }

    @Test
    void answersVersionOverHttpLikeCurl() throws Exception {
        String version = httpQuery("SELECT version()");

        assertThat(version.strip()).startsWith("26.");
    }

    @Test
    void createsBatchInsertsAndSelectsThroughJdbc() throws Exception {
        try (Connection connection = connect()) {
            execute(connection, "CREATE TABLE batch_rows (id UInt64, group_id String) ENGINE = MergeTree ORDER BY id");
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO batch_rows VALUES (?, ?)")) {
                for (int i = 0; i < 10_000; i++) {
                    insert.setLong(1, i);
                    insert.setString(2, "g" + (i % 7));
                    insert.addBatch();
                }
                insert.executeBatch();
            }

            assertThat(longValue(connection, "SELECT count() FROM batch_rows")).isEqualTo(10_000);
            assertThat(longValue(connection, "SELECT uniqExact(group_id) FROM batch_rows")).isEqualTo(7);
        }
    }

    @Test
    void replacingMergeTreeKeepsOneRowPerKeyUnderFinal() throws Exception {
        try (Connection connection = connect()) {
            execute(connection, "CREATE TABLE replayed (id String, version UInt32, text String) "
                    + "ENGINE = ReplacingMergeTree(version) ORDER BY id");
            execute(connection, "INSERT INTO replayed VALUES ('a', 1, 'first'), ('b', 1, 'only')");
            execute(connection, "INSERT INTO replayed VALUES ('a', 2, 'second'), ('b', 1, 'only')");

            assertThat(longValue(connection, "SELECT count() FROM replayed")).isEqualTo(4);
            assertThat(longValue(connection, "SELECT count() FROM replayed FINAL")).isEqualTo(2);
            assertThat(stringValue(connection, "SELECT text FROM replayed FINAL WHERE id = 'a'")).isEqualTo("second");
        }
    }

    @Test
    void materializedViewAggregatesWhatIsInserted() throws Exception {
        try (Connection connection = connect()) {
            execute(connection, "CREATE TABLE messages (group_id String, sender String) ENGINE = MergeTree ORDER BY group_id");
            execute(connection, "CREATE TABLE speakers (group_id String, speakers AggregateFunction(uniq, String)) "
                    + "ENGINE = AggregatingMergeTree ORDER BY group_id");
            execute(connection, "CREATE MATERIALIZED VIEW speakers_mv TO speakers AS "
                    + "SELECT group_id, uniqState(sender) AS speakers FROM messages GROUP BY group_id");
            execute(connection, "INSERT INTO messages VALUES ('g1', 'u1'), ('g1', 'u2'), ('g1', 'u1'), ('g2', 'u3')");

            assertThat(longValue(connection, "SELECT uniqMerge(speakers) FROM speakers WHERE group_id = 'g1'")).isEqualTo(2);
        }
    }

    @Test
    void reportsATakenPortClearly() {
        assertThatThrownBy(() -> EmbeddedClickHouse.start(dataDir.resolve("second"), clickHouse.httpPort(), FreePort.pick()))
                .isInstanceOf(EmbeddedClickHouseException.class)
                .hasMessageContaining("port " + clickHouse.httpPort())
                .hasMessageContaining("already in use");
    }

    @Test
    void keepsDataAcrossRestarts(@TempDir Path ownDir) throws Exception {
        try (EmbeddedClickHouse first = EmbeddedClickHouse.startOnFreePorts(ownDir);
             Connection connection = DriverManager.getConnection(first.jdbcUrl())) {
            execute(connection, "CREATE TABLE kept (id UInt32) ENGINE = MergeTree ORDER BY id");
            execute(connection, "INSERT INTO kept VALUES (1), (2), (3)");
        }

        try (EmbeddedClickHouse second = EmbeddedClickHouse.startOnFreePorts(ownDir);
             Connection connection = DriverManager.getConnection(second.jdbcUrl())) {
            assertThat(longValue(connection, "SELECT sum(id) FROM kept")).isEqualTo(6);
        }
    }

    private static Connection connect() throws Exception {
        return DriverManager.getConnection(clickHouse.jdbcUrl());
    }

    private static String httpQuery(String sql) throws Exception {
        URI uri = URI.create("http://127.0.0.1:" + clickHouse.httpPort() + "/?query="
                + URLEncoder.encode(sql, StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private static void execute(Connection connection, String sql) throws Exception {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static long longValue(Connection connection, String sql) throws Exception {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static String stringValue(Connection connection, String sql) throws Exception {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
