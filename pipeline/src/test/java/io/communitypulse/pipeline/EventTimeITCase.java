package io.communitypulse.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.communitypulse.events.ChatMessage;
import io.communitypulse.events.EventJson;
import io.communitypulse.events.MessageType;
import io.communitypulse.events.SenderRole;
import io.communitypulse.events.Topics;
import io.communitypulse.events.alert.Alert;
import io.communitypulse.events.alert.AlertType;
import io.communitypulse.pipeline.enrich.EnrichedMessage;
import io.communitypulse.pipeline.ingest.DeadLetter;
import io.communitypulse.testing.KafkaExtension;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Event time that no single producer can break, on the whole job (MiniCluster, parallelism 2, the
 * real Kafka broker) with its results collected in memory.
 */
class EventTimeITCase {

    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());
    @RegisterExtension
    final KafkaExtension kafka = new KafkaExtension();

    /** Enough records that the source reads each partition in several polls, interleaved. */
    private static final int PER_PARTITION = 4000;
    private static final Instant PAST = Instant.parse("2026-11-23T01:00:00Z");

    @TempDir
    Path dir;

    @Test
    void aBrandDatedADayAheadInAReplayedFileMakesNoOtherBrandsEventLate() throws Exception {
        // Given a file whose first records come from a brand whose clock runs a day ahead
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            lines.add(line(message("x" + i, "brand_x", "gx", PAST.plus(Duration.ofDays(1)).plusSeconds(i))));
        }
        List<String> ordinary = new ArrayList<>();
        for (int i = 0; i < 1200; i++) {
            String brand = i % 2 == 0 ? "brand_a" : "brand_b";
            ordinary.add("m" + i);
            lines.add(line(message("m" + i, brand, "g" + (i % 7), PAST.plusSeconds(i * 2L))));
        }
        Path file = dir.resolve("events.jsonl");
        Files.write(file, lines, StandardCharsets.UTF_8);

        // When the job replays it
        CollectedOutputs.Results results = run(JobSettings.defaults("jdbc:unused", null, List.of(file.toString())));

        // Then nothing is late and every message is kept, the day-ahead ones included
        assertThat(results.deadLetters()).extracting(DeadLetter::reason).doesNotContain("too_late");
        assertThat(results.messages()).extracting(m -> m.message().eventId()).containsAll(ordinary).hasSize(1203);
        assertThat(results.activity().stream().mapToLong(row -> row.memberMessages()).sum()).isEqualTo(1203);
    }

    @Test
    void aProducerDatingEventsADayAheadOfNowIsSetAsideAndReported() throws Exception {
        // Given one brand's producer dating its messages a day ahead, and other brands sending as usual
        String topicPrefix = "future";
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        List<ChatMessage> messages = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            messages.add(message("x" + i, "brand_x", "gx", now.plus(Duration.ofDays(1)).plusSeconds(i)));
        }
        for (int i = 0; i < 600; i++) {
            messages.add(message("m" + i, i % 2 == 0 ? "brand_a" : "brand_b", "g" + (i % 5),
                    now.minus(Duration.ofMinutes(20)).plusSeconds(i * 2L)));
        }
        String bootstrap = kafka.bootstrapServers();
        createTopics(2);
        send(messages.stream().map(m -> new ProducerRecord<>(Topics.CHAT_MESSAGES, m.groupId(), line(m))).toList());

        // When the job reads the topic to its end
        CollectedOutputs.Results results = run(JobSettings.defaults("jdbc:unused", bootstrap, List.of())
                .withBounded(true).withConsumerGroup(topicPrefix));

        // Then the three are future_time dead letters, nobody else's events are late, and the producer is named
        assertThat(results.deadLetters()).filteredOn(d -> d.reason().equals("future_time"))
                .extracting(DeadLetter::brandId).containsExactly("brand_x", "brand_x", "brand_x");
        assertThat(results.deadLetters()).extracting(DeadLetter::reason).doesNotContain("too_late");
        assertThat(results.messages()).hasSize(600);
        assertThat(results.alerts()).filteredOn(a -> a.type().equals(AlertType.CLOCK_SKEW.wireName()))
                .extracting(Alert::brandId, Alert::revision).containsExactly(org.assertj.core.groups.Tuple.tuple("brand_x", 1));
    }

    @Test
    void aPartitionLaggingMinutesBehindAnotherLosesNothingWithinTheLateness() throws Exception {
        // Given partition 0 thirty minutes ahead and partition 1 twenty minutes behind it (a late archive batch)
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(2));
        List<ProducerRecord<String, String>> records = new ArrayList<>();
        for (int i = 0; i < PER_PARTITION; i++) {
            ChatMessage ahead = message("p0-" + i, i % 2 == 0 ? "brand_a" : "brand_b", "g0", start.plusSeconds(i / 2));
            records.add(new ProducerRecord<>(Topics.CHAT_MESSAGES, 0, ahead.groupId(), line(ahead)));
        }
        for (int i = 0; i < PER_PARTITION; i++) {
            ChatMessage behind = message("p1-" + i, i % 2 == 0 ? "brand_a" : "brand_b", "g1",
                    start.minus(Duration.ofMinutes(20)).plusSeconds(i / 2));
            records.add(new ProducerRecord<>(Topics.CHAT_MESSAGES, 1, behind.groupId(), line(behind)));
        }
        createTopics(2);
        send(records);

        // When one source task reads both partitions to their end
        CollectedOutputs.Results results = run(JobSettings.defaults("jdbc:unused", kafka.bootstrapServers(), List.of())
                .withBounded(true).withConsumerGroup("lagging"), 1);

        // Then the lagging partition held event time back: nothing is late, nothing is lost
        assertThat(results.deadLetters()).isEmpty();
        assertThat(results.messages()).hasSize(2 * PER_PARTITION);
    }

    private static ChatMessage message(String id, String brand, String group, Instant at) {
        return new ChatMessage(id, brand, group, "u-" + id, SenderRole.MEMBER, MessageType.TEXT, "今天到货了吗", null,
                List.of(), at);
    }

    private static String line(ChatMessage message) {
        return EventJson.write(message);
    }

    private static CollectedOutputs.Results run(JobSettings settings) throws Exception {
        return run(settings, 2);
    }

    private static CollectedOutputs.Results run(JobSettings settings, int parallelism) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(parallelism);
        CollectedOutputs outputs = new CollectedOutputs();
        PulseJob.wire(env, settings, outputs);
        return outputs.run(env);
    }

    private void createTopics(int partitions) {
        kafka.createTopics(List.of(Topics.CHAT_MESSAGES, Topics.MEMBERSHIP_CHANGES, Topics.ORDERS), partitions);
    }

    private void send(List<ProducerRecord<String, String>> records) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            records.forEach(producer::send);
        }
    }
}
