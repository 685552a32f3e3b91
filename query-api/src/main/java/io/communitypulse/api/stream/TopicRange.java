package io.communitypulse.api.stream;

import io.communitypulse.events.Topics;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads a range of the alert topic with a consumer of its own, for a client that resumes from further
 * back than the feed's buffer. Records the broker has already deleted (retention) cannot be read: the
 * result says so, and the client is told to reload.
 */
final class TopicRange {

    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    record Result(List<ConsumerRecord<String, String>> records, boolean truncated) {}

    private TopicRange() {}

    /** Records with offsets in [from, to) per partition. */
    static Result read(String bootstrap, Map<Integer, long[]> ranges) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        boolean truncated = false;
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties, new StringDeserializer(), new StringDeserializer())) {
            Map<TopicPartition, Long> ends = new HashMap<>();
            ranges.forEach((partition, range) -> ends.put(new TopicPartition(Topics.ALERTS, partition), range[1]));
            consumer.assign(ends.keySet());
            Map<TopicPartition, Long> beginnings = consumer.beginningOffsets(ends.keySet());
            for (TopicPartition partition : ends.keySet()) {
                long from = ranges.get(partition.partition())[0];
                truncated |= from < beginnings.get(partition);
                consumer.seek(partition, Math.max(from, beginnings.get(partition)));
            }
            Instant deadline = Instant.now().plus(TIMEOUT);
            while (ends.keySet().stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("could not read the alert topic back to the client's position in " + TIMEOUT);
                }
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.offset() < ends.get(new TopicPartition(record.topic(), record.partition()))) {
                        records.add(record);
                    }
                }
            }
        }
        return new Result(records, truncated);
    }
}
