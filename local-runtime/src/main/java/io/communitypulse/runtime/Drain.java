package io.communitypulse.runtime;

import io.communitypulse.events.Topics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.core.execution.SavepointFormatType;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Stops a Kafka-fed job without losing what was sent last: waits until the job's committed offsets (which
 * Flink commits when a checkpoint completes, after every sink has flushed) reach the topics' end offsets,
 * then stops it with a draining savepoint, so open windows and timers fire and their rows are written
 * too. The savepoint itself is deleted: the demo's Kafka does not outlive the run.
 */
final class Drain {

    private static final List<String> EVENT_TOPICS = List.of(Topics.CHAT_MESSAGES, Topics.MEMBERSHIP_CHANGES, Topics.ORDERS);

    private final String bootstrapServers;
    private final String consumerGroup;

    Drain(String bootstrapServers, String consumerGroup) {
        this.bootstrapServers = bootstrapServers;
        this.consumerGroup = consumerGroup;
    }

    /** @return the number of records the job had still to consume when draining began */
    long drain(JobClient job, Path savepointDirectory, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        long behind;
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            Map<TopicPartition, Long> end = endOffsets(admin);
            behind = lag(end, committed(admin));
            while (lag(end, committed(admin)) > 0) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the job did not consume the last " + lag(end, committed(admin))
                            + " records within " + timeout.toSeconds() + " s");
                }
                TimeUnit.MILLISECONDS.sleep(200);
            }
        }
        job.stopWithSavepoint(true, savepointDirectory.toUri().toString(), SavepointFormatType.CANONICAL)
                .get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        deleteRecursively(savepointDirectory);
        return behind;
    }

    private static Map<TopicPartition, Long> endOffsets(Admin admin) throws Exception {
        List<TopicPartition> partitions = admin.describeTopics(EVENT_TOPICS).allTopicNames().get().values().stream()
                .flatMap(topic -> topic.partitions().stream().map(p -> new TopicPartition(topic.name(), p.partition())))
                .toList();
        return admin.listOffsets(partitions.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest())))
                .all().get().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
    }

    private Map<TopicPartition, OffsetAndMetadata> committed(Admin admin) throws Exception {
        return admin.listConsumerGroupOffsets(consumerGroup).partitionsToOffsetAndMetadata().get();
    }

    private static long lag(Map<TopicPartition, Long> end, Map<TopicPartition, OffsetAndMetadata> committed) {
        long lag = 0;
        for (Map.Entry<TopicPartition, Long> partition : end.entrySet()) {
            OffsetAndMetadata at = committed.get(partition.getKey());
            lag += Math.max(0, partition.getValue() - (at == null ? 0 : at.offset()));
        }
        return lag;
    }

    private static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
