package io.communitypulse.runtime;

import io.communitypulse.clickhouse.embedded.EmbeddedClickHouse;
import io.communitypulse.events.Topics;
import io.communitypulse.kafka.embedded.EmbeddedKafka;
import io.communitypulse.pipeline.JobSettings;
import io.communitypulse.pipeline.PulseJob;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestOptions;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * The real components on one machine: the embedded ClickHouse (migrated), an in-JVM Kafka broker
 * with the event topics, and the Flink job on a local MiniCluster. Closing stops them in reverse
 * order; ClickHouse's data stays.
 */
final class LocalStack implements AutoCloseable {

    static final int PARTITIONS = 3;
    static final int PARALLELISM = 2;

    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private EmbeddedClickHouse clickHouse;
    private EmbeddedKafka kafka;
    private String jdbcUrl;

    LocalStack startClickHouse(LocalSettings settings, Progress progress) throws SQLException {
        progress.step("starting ClickHouse (the embedded server from chDB) on 127.0.0.1:" + settings.clickHouseHttpPort() + " ...");
        clickHouse = ClickHouseCommand.startMigrated(settings);
        started.push(clickHouse);
        jdbcUrl = clickHouse.jdbcUrl(settings.database());
        progress.step("ClickHouse up, schema migrated: " + jdbcUrl);
        return this;
    }

    LocalStack startKafka(Path directory, Progress progress) {
        progress.step("starting Kafka (single KRaft node in this JVM) ...");
        kafka = EmbeddedKafka.start(directory);
        started.push(kafka);
        kafka.createTopics(List.of(Topics.CHAT_MESSAGES, Topics.MEMBERSHIP_CHANGES, Topics.ORDERS, Topics.ALERTS), PARTITIONS);
        progress.step("Kafka up: " + kafka.bootstrapServers());
        return this;
    }

    /** Submits the job to a local MiniCluster and returns once it is running. */
    JobClient startJob(JobSettings settings, Progress progress) throws Exception {
        progress.step("starting the Flink job on a local MiniCluster (parallelism " + PARALLELISM + ") ...");
        Configuration configuration = new Configuration();
        configuration.set(RestOptions.BIND_PORT, "0");
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(PARALLELISM, configuration);
        JobClient job = PulseJob.start(env, settings);
        started.push(() -> cancelQuietly(job));
        progress.step("Flink job " + job.getJobID() + " submitted");
        return job;
    }

    void onClose(AutoCloseable resource) {
        started.push(resource);
    }

    String jdbcUrl() {
        return jdbcUrl;
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

    private static void cancelQuietly(JobClient job) {
        try {
            job.cancel().get();
        } catch (Exception alreadyFinished) {
            // a bounded job may have finished by itself
        }
    }
}
