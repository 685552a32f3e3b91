package io.communitypulse.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.communitypulse.clickhouse.embedded.FreePort;
import io.communitypulse.testing.ProcessSignals;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local runtime's ClickHouse, killed: started again on the same data and ports, until it keeps dying. */
class ClickHouseSupervisorITCase {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final Progress progress = new Progress(new PrintStream(printed, true, StandardCharsets.UTF_8));

    @Test
    void aKilledClickHouseIsStartedAgainAndSaysSo() throws Exception {
        LocalSettings settings = new LocalSettings(dir, FreePort.pick(), FreePort.pick(), 0, LocalSettings.DATABASE);
        try (ClickHouseSupervisor supervisor = ClickHouseSupervisor.start(settings, progress)) {
            long firstPid = supervisor.server().pid();

            ProcessSignals.kill(firstPid);

            ReplayFixture.await("ClickHouse back", () -> supervisor.server().pid() != firstPid
                    && supervisor.state().equals("ClickHouse up"));
            assertThat(supervisor.server().httpPort()).isEqualTo(settings.clickHouseHttpPort());
            assertThat(printed.toString(StandardCharsets.UTF_8))
                    .contains("ClickHouse exited (exit code 137); starting it again on the same data and ports")
                    .contains("ClickHouse back after");
            assertThat(supervisor.gaveUp()).isNotDone();
        }
    }

    @Test
    void aClickHouseThatKeepsDyingIsGivenUpWithTheReason() throws Exception {
        LocalSettings settings = new LocalSettings(dir, FreePort.pick(), FreePort.pick(), 0, LocalSettings.DATABASE);
        try (ClickHouseSupervisor supervisor = ClickHouseSupervisor.start(settings, progress)) {
            for (int kills = 0; kills <= ClickHouseSupervisor.MAX_RESTARTS && !supervisor.gaveUp().isDone(); kills++) {
                long pid = supervisor.server().pid();
                ProcessSignals.kill(pid);
                ReplayFixture.await("a restart or giving up", () -> supervisor.gaveUp().isDone()
                        || (supervisor.server().pid() != pid && supervisor.state().equals("ClickHouse up")));
            }

            assertThat(supervisor.gaveUp().get(30, TimeUnit.SECONDS))
                    .isEqualTo("ClickHouse exited 6 times within 10 minutes; not starting it again");
        }
    }
}
