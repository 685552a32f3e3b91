package io.communitypulse.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.communitypulse.clickhouse.embedded.EmbeddedClickHouse;
import io.communitypulse.clickhouse.embedded.FreePort;
import io.communitypulse.simulator.JsonlOutput;
import io.communitypulse.simulator.Simulation;
import io.communitypulse.simulator.SimulatorConfig;
import io.communitypulse.testing.ProcessSignals;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./pulse replay} while its ClickHouse is killed: the runtime starts ClickHouse again on the same data
 * and ports, the replay ends with exit code 0, and every chat message is stored once.
 */
@Tag("fault")
class ReplayThroughAKillITCase {

    @TempDir
    Path dir;

    @Test
    void aReplayWhoseClickHouseIsKilledEndsWithExitCodeZeroAndEveryMessageStoredOnce() throws Exception {
        // Given a simulated file and the replay command on ports of its own
        Simulation simulation = Simulation.create(SimulatorConfig.defaults().withRate(100));
        JsonlOutput.write(simulation, dir);
        int httpPort = FreePort.pick();
        Path data = dir.resolve("data");
        CommandLine line = CommandLine.parse(List.of(dir.resolve(JsonlOutput.EVENTS).toString(),
                "--catalogue", dir.resolve(JsonlOutput.CATALOGUE).toString(), "--data", data.toString(),
                "--http-port", Integer.toString(httpPort), "--tcp-port", Integer.toString(FreePort.pick())));

        // When its ClickHouse is killed once the first messages are stored
        CompletableFuture<Integer> exitCode = CompletableFuture.supplyAsync(() -> replay(line));
        String jdbc = "jdbc:clickhouse://127.0.0.1:" + httpPort + "/" + LocalSettings.DATABASE;
        ReplayFixture.await("the first rows", () -> chatMessages(jdbc, "").orElse(0L) > 0);
        ProcessSignals.kill(clickHouseProcess(data).pid());

        // Then the replay ends by itself with exit code 0, having stored each chat message once
        assertThat(exitCode.get(5, TimeUnit.MINUTES)).isZero();
        try (EmbeddedClickHouse clickHouse = EmbeddedClickHouse.start(data.resolve("clickhouse"), httpPort, FreePort.pick())) {
            long distinct = ReplayFixture.Golden.of(simulation).chatMessages();
            assertThat(chatMessages(jdbc, " FINAL")).contains(distinct);
            assertThat(uniqueIds(jdbc)).isEqualTo(distinct);
        }
    }

    private static int replay(CommandLine line) {
        try {
            return ReplayCommand.run(line);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The process that hosts this replay's ClickHouse: a child of this JVM, named by its data directory. */
    private static ProcessHandle clickHouseProcess(Path data) {
        String dataDir = data.resolve("clickhouse").toAbsolutePath().toString();
        return ProcessHandle.current().children()
                .filter(child -> child.info().commandLine().orElse("").contains(dataDir))
                .findFirst().orElseThrow();
    }

    private static Optional<Long> chatMessages(String jdbc, String modifier) {
        try {
            return Optional.of(query(jdbc, "SELECT count() FROM chat_messages" + modifier));
        } catch (SQLException notYet) {
            return Optional.empty();
        }
    }

    private static long uniqueIds(String jdbc) throws SQLException {
        return query(jdbc, "SELECT uniqExact(brand_id, event_id) FROM chat_messages");
    }

    private static long query(String jdbc, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbc);
             ResultSet rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
