package io.communitypulse.clickhouse.embedded;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A real ClickHouse server (chDB's build of it) in a child process, listening on loopback. It is
 * ready when {@code /ping} answers; {@link #close()} ends the process, and the data under the data
 * directory stays for the next start.
 */
public final class EmbeddedClickHouse implements AutoCloseable {

    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(60);

    private final Process process;
    private final int httpPort;
    private final int tcpPort;
    private final Path logFile;

    private EmbeddedClickHouse(Process process, int httpPort, int tcpPort, Path logFile) {
        this.process = process;
        this.httpPort = httpPort;
        this.tcpPort = tcpPort;
        this.logFile = logFile;
    }

    /** Starts ClickHouse with its data under {@code dataDir} and waits until it answers. */
    public static EmbeddedClickHouse start(Path dataDir, int httpPort, int tcpPort) {
        requireFree(httpPort, "HTTP");
        requireFree(tcpPort, "native TCP");
        Path library = ChdbLibrary.locate();
        try {
            Files.createDirectories(dataDir);
            Path logFile = dataDir.resolve("clickhouse-server.log");
            Process process = new ProcessBuilder(hostCommand(library, dataDir, httpPort, tcpPort))
                    .redirectErrorStream(true)
                    .redirectOutput(logFile.toFile())
                    .start();
            EmbeddedClickHouse server = new EmbeddedClickHouse(process, httpPort, tcpPort, logFile);
            server.awaitReady();
            return server;
        } catch (IOException e) {
            throw new EmbeddedClickHouseException("cannot start the ClickHouse process: " + e.getMessage(), e);
        }
    }

    /** Starts on two free ports: for tests, which must not collide with anything on the machine. */
    public static EmbeddedClickHouse startOnFreePorts(Path dataDir) {
        return start(dataDir, FreePort.pick(), FreePort.pick());
    }

    public int httpPort() {
        return httpPort;
    }

    public int tcpPort() {
        return tcpPort;
    }

    /** The JDBC URL of the default database, for clickhouse-jdbc with default settings. */
    public String jdbcUrl() {
        return "jdbc:clickhouse://127.0.0.1:" + httpPort;
    }

    public String jdbcUrl(String database) {
        return jdbcUrl() + "/" + database;
    }

    public long pid() {
        return process.pid();
    }

    /** Completes with the exit code when the server's process ends, whether by {@link #close()}, a crash or a kill. */
    public CompletableFuture<Integer> exited() {
        return process.onExit().thenApply(Process::exitValue);
    }

    @Override
    public void close() {
        try {
            // the host halts when its standard input closes: quicker than a signal ClickHouse may trap
            process.getOutputStream().close();
        } catch (IOException alreadyClosed) {
            // the process is gone already
        }
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static void requireFree(int port, String listener) {
        if (!FreePort.isFree(port)) {
            throw new EmbeddedClickHouseException("port " + port + " for ClickHouse's " + listener
                    + " listener is already in use on 127.0.0.1 (another ClickHouse or ./pulse running?):"
                    + " stop it or choose other ports (see README, Configuration)");
        }
    }

    private static List<String> hostCommand(Path library, Path dataDir, int httpPort, int tcpPort) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = Path.of(codeLocation()).toString();
        return List.of(java, "--enable-native-access=ALL-UNNAMED", "-Xmx64m", "-cp", classpath,
                ChdbServerMain.class.getName(), library.toString(), dataDir.toAbsolutePath().toString(),
                Integer.toString(httpPort), Integer.toString(tcpPort));
    }

    private static URI codeLocation() {
        try {
            return ChdbServerMain.class.getProtectionDomain().getCodeSource().getLocation().toURI();
        } catch (Exception e) {
            throw new EmbeddedClickHouseException("cannot locate the embedded-clickhouse classes", e);
        }
    }

    private void awaitReady() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest ping = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + "/ping"))
                .timeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new EmbeddedClickHouseException("ClickHouse exited at start-up: " + lastLogLines());
            }
            try {
                if (http.send(ping, HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYetListening) {
                // the listener opens a few hundred milliseconds after the process starts
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            process.onExit().completeOnTimeout(null, 100, TimeUnit.MILLISECONDS).join();
        }
        close();
        throw new EmbeddedClickHouseException("ClickHouse did not answer on port " + httpPort + " within "
                + STARTUP_TIMEOUT.toSeconds() + " s: " + lastLogLines());
    }

    private String lastLogLines() {
        try {
            List<String> lines = Files.readAllLines(logFile, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 5), lines.size()));
        } catch (IOException e) {
            return "(no log at " + logFile + ")";
        }
    }
}
