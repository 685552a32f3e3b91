package io.communitypulse.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.communitypulse.clickhouse.embedded.FreePort;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./pulse demo} on a port that is taken: it says which and exits non-zero at once, as its own process. */
class DemoPortClashTest {

    @TempDir
    Path dir;

    @Test
    void aTakenClickHousePortStopsTheDemoAtOnceWithANonZeroExit() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Process demo = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), PulseCli.class.getName(), "demo",
                    "--http-port", Integer.toString(taken.getLocalPort()), "--tcp-port", Integer.toString(FreePort.pick()),
                    "--api-port", Integer.toString(FreePort.pick()), "--data", dir.toString())
                    .redirectErrorStream(true).start();

            assertThat(demo.waitFor(30, TimeUnit.SECONDS)).as("the demo exited within 30 s").isTrue();
            assertThat(demo.exitValue()).isEqualTo(2);
            assertThat(new String(demo.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                    .contains("port " + taken.getLocalPort() + " for ClickHouse's HTTP listener is already in use");
        }
    }
}
