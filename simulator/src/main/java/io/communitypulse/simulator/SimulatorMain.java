package io.communitypulse.simulator;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The simulator's command line: writes a run to files or publishes it to Kafka. See
 * {@link CliOptions#USAGE}. Exit status 0 on success, 2 on a bad command line, 1 on failure.
 */
public final class SimulatorMain {

    private SimulatorMain() {}

    public static void main(String[] args) throws Exception {
        CliOptions options;
        try {
            // The one read of the wall clock: only for --start now.
            options = CliOptions.parse(args, Instant::now);
        } catch (CliOptions.UsageException e) {
            if (e.getMessage() != null) {
                System.err.println("simulator: " + e.getMessage());
            }
            System.err.println(CliOptions.USAGE);
            System.exit(e.getMessage() == null ? 0 : 2);
            return;
        } catch (IllegalArgumentException e) {
            System.err.println("simulator: " + e.getMessage());
            System.exit(2);
            return;
        }
        System.exit(run(options));
    }

    static int run(CliOptions options) throws InterruptedException {
        Simulation simulation = Simulation.create(options.config());
        Pacer pacer = options.speed() > 0 ? Pacer.realTime(options.config().start(), options.speed()) : null;
        AtomicBoolean stopped = new AtomicBoolean();
        Thread main = Thread.currentThread();
        Thread hook = new Thread(() -> {
            stopped.set(true);
            main.interrupt();
            try {
                main.join(10_000);
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
        });
        Runtime.getRuntime().addShutdownHook(hook);
        StreamSummary summary;
        String target;
        try (RecordSink sink = options.out() != null ? JsonlOutput.open(options.out(), simulation)
                : KafkaEventSink.connect(options.kafka())) {
            target = options.out() != null ? options.out().toString() : "Kafka at " + options.kafka();
            System.err.printf("simulator: seed %d, %s events/s, speed %s, %d incidents staged, writing to %s%n",
                    options.config().seed(), options.config().ratePerSecond(),
                    options.speed() > 0 ? options.speed() + "x" : "unpaced", simulation.incidents().size(), target);
            try {
                summary = SimulationRunner.run(simulation.records(), sink, pacer, stopped::get);
            } catch (InterruptedException e) {
                System.err.println("simulator: stopped");
                return 0;
            }
        } catch (RuntimeException e) {
            System.err.println("simulator: " + e.getMessage());
            return 1;
        } finally {
            if (!stopped.get()) {
                Runtime.getRuntime().removeShutdownHook(hook);
            }
        }
        System.err.println("simulator: done, " + summary);
        return 0;
    }
}
