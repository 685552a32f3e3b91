package io.communitypulse.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.communitypulse.events.ChatMessage;
import io.communitypulse.events.GroupSnapshot;
import io.communitypulse.events.MembershipChange;
import io.communitypulse.events.OrderEvent;
import io.communitypulse.events.PulseEvent;
import io.communitypulse.pipeline.JobSettings;
import io.communitypulse.pipeline.recovery.RecoverySettings;
import io.communitypulse.pipeline.storage.SinkSettings;
import io.communitypulse.simulator.Incident;
import io.communitypulse.simulator.JsonlOutput;
import io.communitypulse.simulator.Simulation;
import io.communitypulse.simulator.SimulatorConfig;
import io.communitypulse.simulator.TimedRecord;
import io.communitypulse.testing.ClickHouseExtension;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * A simulated JSONL file replayed by the job on a local MiniCluster (as {@code ./pulse replay} runs it) into a
 * test's ClickHouse, and the golden counts to hold the tables to: the file's distinct events per kind and its
 * staged cascades.
 */
final class ReplayFixture {

    /** Distinct events of one run, by kind: what the tables must hold once each. */
    record Golden(long chatMessages, long orders, long membershipChanges, long snapshots) {

        static Golden of(Simulation simulation) {
            Set<String> chat = new HashSet<>();
            Set<String> orders = new HashSet<>();
            Set<String> membership = new HashSet<>();
            Set<String> snapshots = new HashSet<>();
            simulation.records().forEachRemaining(record -> {
                if (record instanceof TimedRecord.Event e) {
                    PulseEvent event = e.event();
                    Set<String> ids = switch (event) {
                        case ChatMessage m -> chat;
                        case OrderEvent o -> orders;
                        case MembershipChange c -> membership;
                        case GroupSnapshot g -> snapshots;
                        default -> throw new IllegalStateException("unknown event " + event);
                    };
                    ids.add(event.brandId() + "|" + event.eventId());
                }
            });
            return new Golden(chat.size(), orders.size(), membership.size(), snapshots.size());
        }

        /**
         * What the tables hold plus what was dead-lettered as too late: every event accounted for, once. (Read from
         * Kafka as fast as it can, one partition may run minutes ahead of another, and the watermark with it.)
         */
        static Golden storedOrTooLateIn(ClickHouseExtension clickHouse) throws SQLException {
            Golden stored = storedIn(clickHouse);
            return new Golden(stored.chatMessages() + tooLate(clickHouse, "chat"), stored.orders() + tooLate(clickHouse, "orders"),
                    stored.membershipChanges() + tooLate(clickHouse, "membership"),
                    stored.snapshots() + tooLate(clickHouse, "snapshots"));
        }

        private static long tooLate(ClickHouseExtension clickHouse, String source) throws SQLException {
            return clickHouse.count("SELECT count() FROM dead_letters FINAL WHERE reason = 'too_late' AND source = '"
                    + source + "'");
        }

        /** What the tables hold, read deduplicated: each distinct event once, however often it was written. */
        static Golden storedIn(ClickHouseExtension clickHouse) throws SQLException {
            return new Golden(clickHouse.count("SELECT count() FROM chat_messages FINAL"),
                    clickHouse.count("SELECT count() FROM orders FINAL"),
                    clickHouse.count("SELECT sum(joins + leaves + removals) FROM group_activity"),
                    clickHouse.count("SELECT count() FROM group_snapshots FINAL"));
        }
    }

    /**
     * The defaults, but a checkpoint failure that Flink counts against the tolerance fails the job over, so a
     * test that sees no restart has seen no such failure. (Flink does not count a checkpoint a finishing task
     * declines, which a bounded replay's idle file reader can do.)
     */
    static final RecoverySettings NO_FAILED_CHECKPOINT = RecoverySettings.DEFAULTS.withTolerableCheckpointFailures(0);

    private final ClickHouseExtension clickHouse;
    private final Path dir;
    private final Simulation simulation;
    private final Progress progress = new Progress(System.out);
    private final LocalStack stack;
    private RunningJob job;

    /** Fifteen simulated minutes at {@code rate} events per second over 200 groups, with the staged incidents. */
    ReplayFixture(ClickHouseExtension clickHouse, Path dir, double rate) {
        this.clickHouse = clickHouse;
        this.dir = dir;
        this.simulation = Simulation.create(SimulatorConfig.defaults().withRate(rate));
        JsonlOutput.write(simulation, dir);
        this.stack = new LocalStack(new LocalSettings(dir.resolve("data"), 0, 0, 0, LocalSettings.DATABASE), progress);
    }

    RunningJob start(RecoverySettings recovery, Duration checkpointInterval) throws Exception {
        job = stack.startJob(JobSettings.defaults(clickHouse.jdbcUrl(), null,
                        List.of(dir.resolve(JsonlOutput.EVENTS).toString()))
                .withCatalogue(dir.resolve(JsonlOutput.CATALOGUE).toString())
                .withCheckpointInterval(checkpointInterval)
                .withRecovery(recovery.withStateBackend("hashmap")));
        return job;
    }

    /**
     * Starts the replay with these sink settings and a checkpoint every 2 s, and returns once its first rows are
     * in ClickHouse, with most of the file still to come: the moment to inflict a fault mid-stream.
     */
    RunningJob startAndAwaitFirstRows(SinkSettings sink) throws Exception {
        RunningJob running = start(NO_FAILED_CHECKPOINT.withSink(sink), Duration.ofSeconds(2));
        await("the first rows", () -> chatRowsSoFar() > 0);
        assertThat(chatRowsSoFar()).as("rows stored before the fault").isLessThan(golden().chatMessages());
        return running;
    }

    /** The golden counts: each distinct event stored, and written, once; every staged cascade alerted. */
    void assertEveryEventStoredOnceAndEveryCascadeAlerted() throws SQLException {
        Golden golden = golden();
        assertThat(stored()).isEqualTo(golden);
        assertThat(distinctChatIdsWritten()).isEqualTo(golden.chatMessages());
        assertEveryCascadeAlerted();
    }

    /** How the job ended, or STOPPED if it had not within {@code limit}. */
    Ending awaitEnd(Duration limit) throws InterruptedException {
        CompletableFuture<Void> giveUp = new CompletableFuture<>();
        giveUp.completeOnTimeout(null, limit.toMillis(), TimeUnit.MILLISECONDS);
        return stack.awaitEnd(job, giveUp, Duration.ofSeconds(10), () -> stack.status(job));
    }

    /** As {@link #awaitEnd(Duration)}, running {@code everySecond} meanwhile and printing the status each second. */
    Ending awaitEnd(Duration limit, Runnable everySecond) throws InterruptedException {
        CompletableFuture<Void> giveUp = new CompletableFuture<>();
        giveUp.completeOnTimeout(null, limit.toMillis(), TimeUnit.MILLISECONDS);
        return stack.awaitEnd(job, giveUp, Duration.ofSeconds(1), () -> {
            everySecond.run();
            return stack.status(job);
        });
    }

    Golden golden() {
        return Golden.of(simulation);
    }

    /** The tables read deduplicated. */
    Golden stored() throws SQLException {
        return Golden.storedIn(clickHouse);
    }

    long distinctChatIdsWritten() throws SQLException {
        return clickHouse.count("SELECT uniqExact(brand_id, event_id) FROM chat_messages");
    }

    /** Every group a staged cascade reached has an alert citing the cascade's messages there. */
    void assertEveryCascadeAlerted() throws SQLException {
        List<Incident> cascades = simulation.incidents().stream()
                .filter(incident -> incident.kind().equals(Incident.NEGATIVE_CASCADE)).toList();
        assertThat(cascades).isNotEmpty();
        for (Incident cascade : cascades) {
            for (Incident.Phase phase : cascade.phases()) {
                String cited = String.join(",", phase.eventIds().stream().map(id -> "'" + id + "'").toList());
                assertThat(clickHouse.count("SELECT count() FROM alerts_current WHERE alert_type = 'negative_cascade'"
                        + " AND group_id = '" + phase.groupId() + "' AND hasAny(evidence_message_ids, [" + cited + "])"))
                        .as("cascade alert in %s", phase.groupId()).isEqualTo(1);
            }
        }
    }

    /** Waits, at most a minute, until {@code condition} holds. */
    static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waiting for %s", what).isLessThan(deadline);
            TimeUnit.MILLISECONDS.sleep(100);
        }
    }

    /** Waits until rows arrive again, and says how long that took: the recovery time in the test's output. */
    void reportRecovery(String since) throws InterruptedException {
        long from = System.nanoTime();
        long rows = chatRowsSoFar();
        await("rows after " + since, () -> chatRowsSoFar() > rows);
        progress.step(String.format(java.util.Locale.ROOT, "rows written again %.1f s after %s",
                (System.nanoTime() - from) / 1e9, since));
    }

    long chatRowsSoFar() {
        try {
            return clickHouse.count("SELECT count() FROM chat_messages");
        } catch (SQLException notReachable) {
            return 0;
        }
    }
}
