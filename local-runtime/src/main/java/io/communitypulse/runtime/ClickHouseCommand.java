package io.communitypulse.runtime;

import io.communitypulse.clickhouse.embedded.EmbeddedClickHouse;
import io.communitypulse.schema.Migrator;
import java.sql.SQLException;

/** {@code ./pulse clickhouse}: the embedded ClickHouse alone, migrated, until Ctrl-C. */
final class ClickHouseCommand {

    private ClickHouseCommand() {}

    static void run(LocalSettings settings) throws SQLException, InterruptedException {
        EmbeddedClickHouse clickHouse = startMigrated(settings);
        Runtime.getRuntime().addShutdownHook(new Thread(clickHouse::close, "clickhouse-stop"));
        System.out.println("ClickHouse ready: http://127.0.0.1:" + clickHouse.httpPort()
                + "  native tcp 127.0.0.1:" + clickHouse.tcpPort()
                + "  JDBC " + clickHouse.jdbcUrl(settings.database()) + "  (Ctrl-C stops it; data stays in "
                + settings.clickHouseDir() + ")");
        Thread.currentThread().join();
    }

    /** Starts the embedded ClickHouse of these settings and brings its database up to date. */
    static EmbeddedClickHouse startMigrated(LocalSettings settings) throws SQLException {
        EmbeddedClickHouse clickHouse = EmbeddedClickHouse.start(
                settings.clickHouseDir(), settings.clickHouseHttpPort(), settings.clickHouseTcpPort());
        try {
            new Migrator(clickHouse.jdbcUrl(), settings.database()).migrate()
                    .forEach(m -> System.out.println("applied migration " + m.version() + "_" + m.name()));
            return clickHouse;
        } catch (SQLException | RuntimeException e) {
            clickHouse.close();
            throw e;
        }
    }
}
