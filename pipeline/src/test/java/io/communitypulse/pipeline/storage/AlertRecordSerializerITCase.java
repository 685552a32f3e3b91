package io.communitypulse.pipeline.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.communitypulse.events.Topics;
import io.communitypulse.events.alert.Alert;
import io.communitypulse.events.alert.AlertEvidence;
import io.communitypulse.events.alert.AlertState;
import io.communitypulse.events.alert.AlertType;
import io.communitypulse.testing.KafkaExtension;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.InvalidTimestampException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Alerts whose event times lie a day behind or hours ahead of the broker's clock (a replayed archive, a
 * simulated or skewed source) reach the alerts topic through the job's Kafka sink, stamped with the wall clock.
 */
class AlertRecordSerializerITCase {

    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(1).build());
    @RegisterExtension
    static final KafkaExtension KAFKA = new KafkaExtension();

    @BeforeAll
    static void alertsTopic() {
        KAFKA.createTopics(List.of(Topics.ALERTS), 1);
    }

    @Test
    void theBrokerRefusesARecordStampedTwoHoursAhead() {
        // the premise: a record timestamp more than an hour ahead of the broker is refused (Kafka 4's default)
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(producerConfig())) {
            long twoHoursAhead = Instant.now().plus(Duration.ofHours(2)).toEpochMilli();
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>(Topics.ALERTS, null, twoHoursAhead,
                    "k".getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8))).get())
                    .hasCauseInstanceOf(InvalidTimestampException.class);
        }
    }

    @Test
    void alertsOfAnyEventTimeArePublishedWithTheWallClockAsTimestamp() throws Exception {
        // Given alerts whose event time is a day behind, an hour behind, two hours ahead and a day ahead
        Instant before = Instant.now();
        List<Alert> alerts = List.of(alert("a-day-behind", before.minus(Duration.ofDays(1))),
                alert("an-hour-behind", before.minus(Duration.ofHours(1))),
                alert("two-hours-ahead", before.plus(Duration.ofHours(2))),
                alert("a-day-ahead", before.plus(Duration.ofDays(1))));

        // When a job publishes them, each carrying its event time as Flink's record timestamp
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.fromData(alerts)
                .assignTimestampsAndWatermarks(WatermarkStrategy.<Alert>noWatermarks()
                        .withTimestampAssigner((alert, previous) -> alert.lastSeen().toEpochMilli()))
                .sinkTo(KafkaSink.<Alert>builder()
                        .setBootstrapServers(KAFKA.bootstrapServers())
                        .setRecordSerializer(new AlertRecordSerializer(Topics.ALERTS))
                        .setDeliveryGuarantee(DeliveryGuarantee.AT_LEAST_ONCE)
                        .build());
        env.execute("alerts-topic");
        Instant after = Instant.now();

        // Then all four are on the topic, keyed by alert id, with timestamps of when they were sent
        List<ConsumerRecord<byte[], byte[]>> published = readAll(alerts.size());
        assertThat(published).extracting(record -> new String(record.key(), StandardCharsets.UTF_8))
                .containsExactlyInAnyOrder("a-day-behind", "an-hour-behind", "two-hours-ahead", "a-day-ahead");
        assertThat(published).allSatisfy(record -> assertThat(record.timestamp())
                .isBetween(before.toEpochMilli(), after.toEpochMilli()));
        assertThat(new String(published.get(0).value(), StandardCharsets.UTF_8)).contains("\"last_seen\"");
    }

    private static Alert alert(String id, Instant lastSeen) {
        Instant firstSeen = lastSeen.minus(Duration.ofMinutes(5));
        return new Alert(id, 1, AlertType.NEGATIVE_CASCADE.wireName(), "brand_a", "g-001", 5, AlertState.OPEN, "product",
                "sku-1", "3 members complain about sku-1", firstSeen, lastSeen, firstSeen, List.of("u1", "u2", "u3"), 3,
                List.of(new AlertEvidence("m1", "用了过敏了", "u1", firstSeen)), List.of("quality"), List.of("过敏"), "{}",
                List.of(), "");
    }

    private static Properties producerConfig() {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA.bootstrapServers());
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        return config;
    }

    private static List<ConsumerRecord<byte[], byte[]>> readAll(int expected) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "alerts-reader", ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.ALERTS));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (records.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
        }
        return records;
    }
}
