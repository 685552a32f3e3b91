package io.communitypulse.runtime;

import io.communitypulse.api.QueryApiServer;
import io.communitypulse.clickhouse.embedded.FreePort;
import io.communitypulse.pipeline.JobSettings;
import io.communitypulse.simulator.HealthScenarios;
import io.communitypulse.simulator.KafkaEventSink;
import io.communitypulse.simulator.Pacer;
import io.communitypulse.simulator.RecordSink;
import io.communitypulse.simulator.Simulation;
import io.communitypulse.simulator.SimulationRunner;
import io.communitypulse.simulator.SimulatorConfig;
import io.communitypulse.simulator.TimedRecord;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code ./pulse demo [--duration SECONDS] [--speed X] [--rate EPS] [--seed N] [--keep-data]}: the whole
 * system on this machine — ClickHouse, Kafka, the Flink job, the API and dashboard — fed by the simulator
 * in accelerated time. Ctrl-C (or the duration) stops the simulator, lets the job consume and write all it
 * was sent, then stops everything; the data stays in .pulse/. Exits non-zero if the job failed for good or
 * ClickHouse could not be kept running.
 */
final class DemoCommand {

    /** How far back simulated time starts, so that at 10x it runs for minutes before it meets the wall clock. */
    static final Duration HEADROOM = Duration.ofHours(1);
    static final Duration PROGRESS_EVERY = Duration.ofSeconds(15);
    static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(60);
    /** Weeks of archive before that start, sent first: the dormant group, the notice board and the churn happen in it. */
    static final Duration DEMO_HISTORY = Duration.ofDays(16);

    private DemoCommand() {}

    static int run(CommandLine line) throws Exception {
        LocalSettings settings = LocalSettings.from(line);
        long durationSeconds = line.getInt("duration", 0);
        double speed = Double.parseDouble(line.get("speed", "10"));
        requirePortsFree(settings);
        Progress progress = new Progress(System.out);
        DemoToken token = DemoToken.in(settings.dataDir());
        CompletableFuture<Void> stop = new CompletableFuture<>();
        CountDownLatch stopped = new CountDownLatch(1);
        // Ctrl-C: let the main thread stop everything in order, and wait for it before the JVM exits
        Thread shutdownHook = new Thread(() -> {
            stop.complete(null);
            awaitQuietly(stopped);
        }, "demo-stop");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        try (LocalStack stack = new LocalStack(settings, progress)) {
            stack.startClickHouse();
            if (!line.flags().containsKey("keep-data")) {
                FreshStart.emptyDatabase(stack.serverJdbcUrl(), settings.database(), progress);
            }
            stack.startKafka(null);
            Simulation simulation = Simulation.create(simulatorConfig(line));
            Path catalogue = settings.dataDir().resolve("catalogue.json");
            Files.writeString(catalogue, simulation.catalogue().toJson(), StandardCharsets.UTF_8);
            JobSettings settingsOfJob = JobSettings.defaults(stack.jdbcUrl(), stack.bootstrapServers(), List.of())
                    .withCatalogue(catalogue.toString());
            // the job remembers each event id for its deduplication horizon of simulated time
            long idsAtMost = (long) (simulation.config().ratePerSecond() * settingsOfJob.dedupeHorizon().toSeconds());
            RunningJob job = stack.startJob(LocalStack.withStateBackend(settingsOfJob, line, idsAtMost));
            QueryApiServer api = QueryApiServer.start(stack.jdbcUrl(), token.tokensConfig(), stack.bootstrapServers(), settings.apiPort());
            stack.onClose(api);
            progress.step("API and dashboard up on port " + settings.apiPort());
            stack.onClose(DemoNotifier.start(line, settings, stack, api.port(), progress));

            AtomicBoolean stopSimulator = new AtomicBoolean();
            AtomicLong sent = new AtomicLong();
            Thread simulator = startSimulator(simulation, stack.bootstrapServers(), speed, stopSimulator, sent);
            stack.onClose(() -> {
                stopSimulator.set(true);
                simulator.join(5_000);
            });
            printReady(settings, token, stack, api, speed);
            if (durationSeconds > 0) {
                CompletableFuture.delayedExecutor(durationSeconds, TimeUnit.SECONDS).execute(() -> stop.complete(null));
            }

            Ending ending = stack.awaitEnd(job, stop, PROGRESS_EVERY,
                    () -> stack.status(job) + String.format(" · %,d events sent", sent.get()));
            if (ending.kind() == Ending.Kind.STOPPED) {
                progress.step("stopping: the simulator, then the job once it has written everything it was sent ...");
                stopSimulator.set(true);
                simulator.join(10_000);
                // checkpoints that tasks decline as the draining stop closes them are no failure to report
                job.watch().close();
                drain(stack, job, settings, progress, sent.get());
            } else {
                progress.step("the " + (ending.kind() == Ending.Kind.JOB_FAILED ? "job failed for good" : "database is gone")
                        + ": " + ending.reason());
            }
            progress.step("stopping: API, Kafka, ClickHouse ...");
            stack.close();
            progress.step((ending.failed() ? "stopped after a failure" : "stopped") + "; data kept in "
                    + settings.dataDir().toAbsolutePath());
            return ending.exitCode();
        } finally {
            stopped.countDown();
            if (!stop.isDone()) {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            }
        }
    }

    private static void drain(LocalStack stack, RunningJob job, LocalSettings settings, Progress progress, long sent) {
        try {
            long behind = new Drain(stack.bootstrapServers(), JobSettings.DEFAULT_GROUP)
                    .drain(job.client(), settings.dataDir().resolve("savepoints"), DRAIN_TIMEOUT);
            progress.step(String.format("drained: all %,d events sent were consumed and written (%,d were still"
                    + " in Kafka when the simulator stopped)", sent, behind));
        } catch (Exception e) {
            progress.step("could not drain the job (" + e.getMessage() + "); cancelling it: the last events sent may"
                    + " be missing");
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(DRAIN_TIMEOUT.toSeconds() + 30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Every port the demo listens on, checked before anything starts: a clash is a usage error at once. */
    private static void requirePortsFree(LocalSettings settings) {
        requirePortFree(settings.clickHouseHttpPort(), "ClickHouse's HTTP", "--http-port");
        requirePortFree(settings.clickHouseTcpPort(), "ClickHouse's native TCP", "--tcp-port");
        requirePortFree(settings.apiPort(), "the API", "--api-port");
    }

    private static void requirePortFree(int port, String what, String flag) {
        if (!FreePort.isFree(port)) {
            throw new UsageException("port " + port + " for " + what + " listener is already in use on 127.0.0.1"
                    + " (another ./pulse demo or ClickHouse?): stop it or choose another with " + flag);
        }
    }

    /** Starts an hour back, so the simulated clock never runs ahead of the wall clock (see Pacer). */
    private static SimulatorConfig simulatorConfig(CommandLine line) {
        Instant start = Instant.now().minus(HEADROOM).truncatedTo(ChronoUnit.SECONDS);
        return SimulatorConfig.defaults()
                .withSeed(Long.parseLong(line.get("seed", "42")))
                .withRate(Double.parseDouble(line.get("rate", "20")))
                .withStart(start)
                .withDuration(Duration.ZERO)
                // weeks of archive first, so that the dormant group, the notice board and the churn have happened
                .withHealth(HealthScenarios.DEFAULT.withHistory(DEMO_HISTORY, 0.05));
    }

    private static Thread startSimulator(Simulation simulation, String bootstrap, double speed, AtomicBoolean stopping,
                                         AtomicLong sent) {
        Thread thread = new Thread(() -> {
            try (KafkaEventSink kafka = KafkaEventSink.connect(bootstrap)) {
                RecordSink counted = new RecordSink() {
                    @Override
                    public void accept(TimedRecord record) {
                        kafka.accept(record);
                        sent.incrementAndGet();
                    }

                    @Override
                    public void close() {
                        kafka.close();
                    }
                };
                SimulationRunner.run(simulation.records(), counted,
                        Pacer.neverAheadOfWallClock(simulation.config().start(), speed), stopping::get);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                System.err.println("pulse: simulator stopped: " + e.getMessage());
            }
        }, "simulator");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static void printReady(LocalSettings settings, DemoToken token, LocalStack stack, QueryApiServer api,
                                   double speed) {
        String base = "http://127.0.0.1:" + api.port();
        System.out.println();
        System.out.println("Community Pulse demo ready (simulated time starts " + HEADROOM.toMinutes() + " minutes ago,"
                + " after " + DEMO_HISTORY.toDays() + " days of history, and runs " + speed + "x until it reaches the present,"
                + " then in real time; a staged complaint cascade starts about " + Math.round(120 / speed)
                + " s from now, two mass exits about " + Math.round(240 / speed) + " s from now)");
        System.out.println("  dashboard : " + api.dashboardUrl(token.token()));
        System.out.println("  API token : " + token.token() + "   (also in " + token.tokenFile() + ")");
        System.out.println("  alerts    : curl -H 'Authorization: Bearer " + token.token() + "' '" + base
                + "/api/alerts?type=negative_cascade'   (also mass_exit, early_exits, dormant_group, broadcast_only)");
        System.out.println("  ClickHouse: " + stack.jdbcUrl() + "   (HTTP http://127.0.0.1:" + settings.clickHouseHttpPort()
                + ", native 127.0.0.1:" + settings.clickHouseTcpPort() + ", user default, no password)");
        System.out.println("  Kafka     : " + stack.bootstrapServers());
        System.out.println("Ctrl-C stops everything and keeps the data (the next demo starts clean unless given --keep-data).");
        System.out.flush();
    }
}
