package io.communitypulse.runtime;

import io.communitypulse.api.QueryApiServer;
import io.communitypulse.clickhouse.embedded.FreePort;
import io.communitypulse.pipeline.JobSettings;
import io.communitypulse.simulator.KafkaEventSink;
import io.communitypulse.simulator.Pacer;
import io.communitypulse.simulator.Simulation;
import io.communitypulse.simulator.SimulationRunner;
import io.communitypulse.simulator.SimulatorConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code ./pulse demo [--duration SECONDS] [--speed X] [--rate EPS] [--seed N]}: the whole system on
 * this machine — ClickHouse, Kafka, the Flink job, the API and dashboard — fed by the simulator in
 * accelerated time. Ctrl-C (or the duration) stops everything cleanly; the data stays in .pulse/.
 */
final class DemoCommand {

    private DemoCommand() {}

    static void run(CommandLine line) throws Exception {
        LocalSettings settings = LocalSettings.from(line);
        long durationSeconds = line.getInt("duration", 0);
        double speed = Double.parseDouble(line.get("speed", "10"));
        Progress progress = new Progress(System.out);
        DemoToken token = DemoToken.in(settings.dataDir());
        CountDownLatch stop = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        AtomicBoolean stopping = new AtomicBoolean();

        try (LocalStack stack = new LocalStack()) {
            // Ctrl-C: let the main thread stop everything in order, and wait for it before the JVM exits
            Thread shutdownHook = new Thread(() -> {
                stopping.set(true);
                stop.countDown();
                awaitQuietly(stopped);
            }, "demo-stop");
            Runtime.getRuntime().addShutdownHook(shutdownHook);

            stack.startClickHouse(settings, progress).startKafka(null, progress);
            Simulation simulation = Simulation.create(simulatorConfig(line));
            Path catalogue = settings.dataDir().resolve("catalogue.json");
            Files.writeString(catalogue, simulation.catalogue().toJson(), StandardCharsets.UTF_8);
            stack.startJob(JobSettings.defaults(stack.jdbcUrl(), stack.bootstrapServers(), java.util.List.of())
                    .withCatalogue(catalogue.toString()), progress);
            requirePortFree(settings.apiPort());
            QueryApiServer api = QueryApiServer.start(stack.jdbcUrl(), token.tokensConfig(), settings.apiPort());
            stack.onClose(api);
            progress.step("API and dashboard up on port " + settings.apiPort());

            Thread simulator = startSimulator(simulation, stack.bootstrapServers(), speed, stopping);
            stack.onClose(() -> {
                stopping.set(true);
                simulator.join(5_000);
            });
            printReady(settings, token, stack, api, speed);

            if (durationSeconds > 0) {
                stop.await(durationSeconds, TimeUnit.SECONDS);
            } else {
                stop.await();
            }
            progress.step("stopping: simulator, job, API, Kafka, ClickHouse ...");
            if (!stopping.get()) {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            }
        }
        progress.step("stopped; data kept in " + settings.dataDir().toAbsolutePath());
        stopped.countDown();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static SimulatorConfig simulatorConfig(CommandLine line) {
        // now, not a fixed date: the dashboard shows live times
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        return SimulatorConfig.defaults()
                .withSeed(Long.parseLong(line.get("seed", "42")))
                .withRate(Double.parseDouble(line.get("rate", "20")))
                .withStart(start)
                .withDuration(Duration.ZERO);
    }

    private static Thread startSimulator(Simulation simulation, String bootstrap, double speed, AtomicBoolean stopping) {
        Thread thread = new Thread(() -> {
            try (KafkaEventSink sink = KafkaEventSink.connect(bootstrap)) {
                SimulationRunner.run(simulation.records(), sink,
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

    private static void requirePortFree(int port) {
        if (!FreePort.isFree(port)) {
            throw new UsageException("port " + port + " for the API is already in use on 127.0.0.1 (another ./pulse demo?):"
                    + " stop it or choose another with --api-port");
        }
    }

    private static void printReady(LocalSettings settings, DemoToken token, LocalStack stack, QueryApiServer api,
                                   double speed) {
        String base = "http://127.0.0.1:" + api.port();
        System.out.println();
        System.out.println("Community Pulse demo ready (simulated time runs " + speed + "x; a staged complaint cascade"
                + " starts about " + Math.round(120 / speed) + " s from now)");
        System.out.println("  dashboard : " + api.dashboardUrl(token.token()));
        System.out.println("  API token : " + token.token() + "   (also in " + token.tokenFile() + ")");
        System.out.println("  alerts    : curl -H 'Authorization: Bearer " + token.token() + "' '" + base
                + "/api/alerts?type=negative_cascade'");
        System.out.println("  ClickHouse: " + stack.jdbcUrl() + "   (HTTP http://127.0.0.1:" + settings.clickHouseHttpPort()
                + ", native 127.0.0.1:" + settings.clickHouseTcpPort() + ", user default, no password)");
        System.out.println("  Kafka     : " + stack.bootstrapServers());
        System.out.println("Ctrl-C stops everything and keeps the data.");
        System.out.flush();
    }
}
