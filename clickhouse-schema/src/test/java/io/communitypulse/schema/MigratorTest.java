package io.communitypulse.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.communitypulse.clickhouse.embedded.EmbeddedClickHouse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigratorTest {

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
    void appliesEveryFileOfSqlOnceAndRecordsIt() throws Exception {
        Migrator migrator = new Migrator(clickHouse.jdbcUrl(), "migrator_first");
        List<Migration> files = MigrationFiles.load();

        List<Migration> applied = migrator.migrate();
        List<Migration> appliedAgain = migrator.migrate();

        assertThat(applied).extracting(Migration::version).containsExactlyElementsOf(
                files.stream().map(Migration::version).toList());
        assertThat(appliedAgain).isEmpty();
        assertThat(column(migrator, "SELECT version FROM schema_migrations FINAL ORDER BY version"))
                .hasSize(files.size());
        assertThat(column(migrator, "SELECT name FROM system.tables WHERE database = currentDatabase() ORDER BY name"))
                .contains("alerts", "alerts_current", "chat_messages", "dead_letters", "group_activity",
                        "group_activity_minute", "orders", "schema_migrations");
    }

    @Test
    void keepsCredentialParametersAfterTheDatabase() throws Exception {
        // docker-compose.yml migrates as pulse_admin, named in the URL's parameters
        Migrator migrator = new Migrator(clickHouse.jdbcUrl() + "?user=default", "migrator_credentials");

        migrator.migrate();

        assertThat(migrator.databaseJdbcUrl()).isEqualTo(clickHouse.jdbcUrl() + "/migrator_credentials?user=default");
        assertThat(column(migrator, "SELECT currentDatabase()")).containsExactly("migrator_credentials");
    }

    @Test
    void refusesAnAppliedMigrationThatChanged() throws Exception {
        Migrator migrator = new Migrator(clickHouse.jdbcUrl(), "migrator_changed");
        migrator.migrate();
        try (Connection connection = DriverManager.getConnection(migrator.databaseJdbcUrl());
             Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO schema_migrations (version, name, checksum) VALUES (1, 'dead_letters', 'edited')");
        }

        org.assertj.core.api.Assertions.assertThatThrownBy(migrator::migrate)
                .hasMessageContaining("changed after it was applied");
    }

    @Test
    void splitsStatementsAtSemicolonsEndingALine() {
        Migration migration = Migration.of("042_two_views.sql",
                "-- purpose\nCREATE VIEW a AS SELECT ';' AS x;\n\n-- second\nCREATE VIEW b AS SELECT 1;\n-- trailing comment\n");

        assertThat(migration.statements()).hasSize(2);
        assertThat(migration.statements().get(0)).contains("SELECT ';' AS x");
    }

    private static List<String> column(Migrator migrator, String sql) throws Exception {
        List<String> values = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(migrator.databaseJdbcUrl());
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
