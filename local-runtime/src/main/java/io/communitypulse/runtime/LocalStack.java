package io.communitypulse.runtime;

import io.communitypulse.clickhouse.embedded.FreePort;
import io.communitypulse.events.Topics;
import io.communitypulse.kafka.embedded.EmbeddedKafka;
import io.communitypulse.pipeline.JobSettings;
import io.communitypulse.pipeline.PulseJob;
import io.communitypulse.pipeline.storage.ClickHouseWriteException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestOptions;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.ExceptionUtils;
import org.apache.flink.util.SerializedThrowable;

/**
 * The real components on one machine: the embedded ClickHouse (migrated, supervised), an in-JVM Kafka
 * broker with the event topics, and the Flink job on a local MiniCluster with its checkpoints under the
 * data directory. Closing stops them in reverse order; ClickHouse's data stays.
 */
final class LocalStack implements AutoCloseable {

    static final int PARTITIONS = 3;
    static final int PARALLELISM = 2;
    /**
     * Heap that the job's state takes per event it remembers on the hashmap state backend, measured on the
     * 593,229-record replay: ~360 MB live after a full GC at a 52 MB checkpoint, about 7 times the checkpoint,
     * which ends at ~85 MB, so ~1,000 bytes an event (the deduplication alone: 508 bytes an id with its timer;
     * docs/operations.md). Above {@link #HEAP_FOR_STATE} of them the state goes to RocksDB, which keeps it on
     * disk at about a quarter of the throughput.
     */
    static final long HEAP_BYTES_PER_ID = 1_000;
    static final long HEAP_FOR_STATE = 1L << 30;

    private final LocalSettings settings;
    private final Progress progress;
    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private ClickHouseSupervisor clickHouse;
    private EmbeddedKafka kafka;
    private String jdbcUrl;

    LocalStack(LocalSettings settings, Progress progress) {
        this.settings = settings;
        this.progress = progress;
    }

    LocalStack startClickHouse() throws SQLException {
        progress.step("starting ClickHouse (the embedded server from chDB) on 127.0.0.1:" + settings.clickHouseHttpPort() + " ...");
        clickHouse = ClickHouseSupervisor.start(settings, progress);
        started.push(clickHouse);
        jdbcUrl = clickHouse.server().jdbcUrl(settings.database());
        progress.step("ClickHouse up, schema migrated: " + jdbcUrl);
        return this;
    }

    LocalStack startKafka(Path directory) {
        progress.step("starting Kafka (single KRaft node in this JVM) ...");
        kafka = EmbeddedKafka.start(directory);
        started.push(kafka);
        kafka.createTopics(List.of(Topics.CHAT_MESSAGES, Topics.MEMBERSHIP_CHANGES, Topics.ORDERS, Topics.ALERTS), PARTITIONS);
        progress.step("Kafka up: " + kafka.bootstrapServers());
        return this;
    }

    /**
     * Submits the job to a local MiniCluster, with checkpoints in the data directory, and returns once it
     * is running; from then on its restarts and failed checkpoints are reported as they happen.
     */
    RunningJob startJob(JobSettings job) throws Exception {
        progress.step("starting the Flink job on a local MiniCluster (parallelism " + PARALLELISM + ") ...");
        int restPort = FreePort.pick();
        Configuration configuration = new Configuration();
        configuration.set(RestOptions.BIND_ADDRESS, "127.0.0.1");
        configuration.set(RestOptions.ADDRESS, "127.0.0.1");
        configuration.set(RestOptions.BIND_PORT, Integer.toString(restPort));
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(PARALLELISM, configuration);
        JobClient client = PulseJob.start(env, job.withRecovery(job.recovery()
                .withCheckpointDirectory(checkpointDirectory().toString())));
        started.push(() -> cancelQuietly(client));
        JobWatch watch = JobWatch.start(new FlinkRest("http://127.0.0.1:" + restPort, client.getJobID()), progress);
        started.push(watch);
        progress.step("Flink job " + client.getJobID() + " submitted (REST API http://127.0.0.1:" + restPort
                + "); checkpoints in " + checkpointDirectory() + ", state backend "
                + java.util.Objects.requireNonNullElse(job.recovery().stateBackend(), "hashmap (Flink's default)"));
        return new RunningJob(client, watch);
    }

    /**
     * {@code --state-backend hashmap|rocksdb} of a command, else the one that fits: the heap while the ids the
     * job may have to remember fit {@link #HEAP_FOR_STATE}, RocksDB beyond.
     */
    static JobSettings withStateBackend(JobSettings job, CommandLine line, long idsAtMost) {
        String fits = idsAtMost * HEAP_BYTES_PER_ID > HEAP_FOR_STATE ? "rocksdb" : "hashmap";
        return job.withRecovery(job.recovery().withStateBackend(line.get("state-backend", fits)));
    }

    Path checkpointDirectory() {
        return settings.dataDir().resolve("checkpoints").toAbsolutePath();
    }

    /**
     * Waits until the job ends, ClickHouse is gone for good or {@code stop} completes, printing
     * {@code line} every {@code every} meanwhile.
     */
    Ending awaitEnd(RunningJob job, CompletableFuture<?> stop, Duration every, Supplier<String> line)
            throws InterruptedException {
        CompletableFuture<String> clickHouseGone = clickHouse == null ? new CompletableFuture<>() : clickHouse.gaveUp();
        CompletableFuture<Object> any = CompletableFuture.anyOf(job.result(), clickHouseGone, stop);
        while (true) {
            try {
                any.get(every.toMillis(), TimeUnit.MILLISECONDS);
                break;
            } catch (TimeoutException stillRunning) {
                progress.step(line.get());
            } catch (ExecutionException failed) {
                break;
            }
        }
        if (clickHouseGone.isDone()) {
            return new Ending(Ending.Kind.CLICKHOUSE_GONE, clickHouseGone.join());
        }
        if (job.result().isCompletedExceptionally()) {
            return new Ending(Ending.Kind.JOB_FAILED, rootCause(job.result()));
        }
        return Ending.of(job.result().isDone() ? Ending.Kind.FINISHED : Ending.Kind.STOPPED);
    }

    /** The job's health and ClickHouse's, for the progress line. */
    String status(RunningJob job) {
        return job.health().summary() + (clickHouse == null ? "" : " · " + clickHouse.state());
    }

    void onClose(AutoCloseable resource) {
        started.push(resource);
    }

    String jdbcUrl() {
        return jdbcUrl;
    }

    /** The server without a database, for statements about databases. */
    String serverJdbcUrl() {
        return clickHouse.server().jdbcUrl();
    }

    String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    @Override
    public void close() {
        while (!started.isEmpty()) {
            try {
                started.pop().close();
            } catch (Exception e) {
                System.err.println("pulse: while stopping: " + e.getMessage());
            }
        }
    }

    /**
     * Why the job failed: the sink's report when ClickHouse was the cause (it names the table, the time spent and
     * the driver's error), else the first failure in the chain that is not Flink's own wrapping ("Job execution
     * failed", "Recovery is suppressed", "Could not perform checkpoint").
     */
    private static String rootCause(CompletableFuture<?> failed) {
        try {
            failed.join();
            return null;
        } catch (RuntimeException e) {
            Throwable failure = ExceptionUtils.stripCompletionException(e);
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                if (isClickHouseWriteFailure(cause)) {
                    return cause.getMessage();
                }
            }
            return firstOwnCause(failure);
        }
    }

    /** Flink may hand a task's failure over as a SerializedThrowable that only names the original class. */
    private static boolean isClickHouseWriteFailure(Throwable cause) {
        return cause instanceof ClickHouseWriteException || cause instanceof SerializedThrowable serialized
                && ClickHouseWriteException.class.getName().equals(serialized.getOriginalErrorClassName());
    }

    private static String firstOwnCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getClass().getName().startsWith("org.apache.flink.")) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }

    private static void cancelQuietly(JobClient job) {
        try {
            job.cancel().get();
        } catch (Exception alreadyFinished) {
            // a bounded job may have finished by itself
        }
    }
}
