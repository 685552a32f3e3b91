package io.communitypulse.runtime;

import io.communitypulse.clickhouse.embedded.EmbeddedClickHouse;
import io.communitypulse.clickhouse.embedded.EmbeddedClickHouseException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Runs the embedded ClickHouse and starts it again, on the same data and ports, whenever its process
 * exits without being asked to. Restarting rather than stopping everything: the tables are on disk,
 * the job's sinks retry for minutes, so a prompt restart loses nothing and needs nobody. It gives up
 * (and {@link #gaveUp()} completes with the reason) when ClickHouse cannot be started again, or exits
 * {@link #MAX_RESTARTS} times within {@link #RESTART_WINDOW}: then something is wrong that a restart
 * does not fix, and the command stops with a non-zero exit.
 */
final class ClickHouseSupervisor implements AutoCloseable {

    static final int MAX_RESTARTS = 5;
    static final Duration RESTART_WINDOW = Duration.ofMinutes(10);
    private static final int START_ATTEMPTS = 3;

    private final LocalSettings settings;
    private final Progress progress;
    private final ExecutorService restarter = Executors.newSingleThreadExecutor(DaemonThreads.named("clickhouse-supervisor"));
    private final Deque<Long> restarts = new ArrayDeque<>();
    private final CompletableFuture<String> gaveUp = new CompletableFuture<>();
    private volatile EmbeddedClickHouse server;
    private volatile boolean up = true;
    private volatile boolean stopping;

    private ClickHouseSupervisor(LocalSettings settings, Progress progress, EmbeddedClickHouse server) {
        this.settings = settings;
        this.progress = progress;
        this.server = server;
    }

    /** Starts ClickHouse (migrated) and watches its process from then on. */
    static ClickHouseSupervisor start(LocalSettings settings, Progress progress) throws SQLException {
        ClickHouseSupervisor supervisor = new ClickHouseSupervisor(settings, progress, ClickHouseCommand.startMigrated(settings));
        supervisor.watch(supervisor.server);
        return supervisor;
    }

    EmbeddedClickHouse server() {
        return server;
    }

    /** For the progress line. */
    String state() {
        return up ? "ClickHouse up" : "ClickHouse DOWN, restarting";
    }

    /** Completes with the reason when ClickHouse is gone for good. */
    CompletableFuture<String> gaveUp() {
        return gaveUp;
    }

    private void watch(EmbeddedClickHouse running) {
        running.exited().thenAcceptAsync(code -> restartAfter(running, code), restarter);
    }

    private void restartAfter(EmbeddedClickHouse exited, int exitCode) {
        if (stopping || exited != server) {
            return;
        }
        up = false;
        long began = System.nanoTime();
        progress.step("ClickHouse exited (exit code " + exitCode + "); starting it again on the same data and ports"
                + " (log: " + settings.clickHouseDir().resolve("clickhouse-server.log") + ")");
        restarts.addLast(began);
        while (began - restarts.peekFirst() > RESTART_WINDOW.toNanos()) {
            restarts.removeFirst();
        }
        if (restarts.size() > MAX_RESTARTS) {
            gaveUp.complete("ClickHouse exited " + restarts.size() + " times within " + RESTART_WINDOW.toMinutes()
                    + " minutes; not starting it again");
            return;
        }
        for (int attempt = 1; attempt <= START_ATTEMPTS && !stopping; attempt++) {
            try {
                server = EmbeddedClickHouse.start(settings.clickHouseDir(), settings.clickHouseHttpPort(),
                        settings.clickHouseTcpPort());
                up = true;
                progress.step(String.format(java.util.Locale.ROOT, "ClickHouse back after %.1f s",
                        (System.nanoTime() - began) / 1e9));
                watch(server);
                return;
            } catch (EmbeddedClickHouseException e) {
                if (attempt == START_ATTEMPTS) {
                    gaveUp.complete("ClickHouse exited and could not be started again: " + e.getMessage());
                    return;
                }
                sleepQuietly(Duration.ofSeconds(attempt));
            }
        }
    }

    private static void sleepQuietly(Duration duration) {
        try {
            TimeUnit.MILLISECONDS.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stopping = true;
        restarter.shutdownNow();
        server.close();
    }
}
