package io.communitypulse.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.communitypulse.events.Topics;
import java.time.Duration;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/** The routing only; the wire is tested against the embedded broker by the runtime's tests. */
class KafkaEventSinkTest {

    @Test
    void sendsEachEventToItsTopicKeyedByGroupAndBadRecordsToTheChatTopic() {
        // Given
        MockProducer<String, String> producer = new MockProducer<>(true, null, new StringSerializer(),
                new StringSerializer());
        Simulation simulation = Simulation.create(SimulatorConfig.defaults().withDuration(Duration.ofMinutes(2))
                .withBadRate(0.05));
        var records = simulation.stream().toList();

        // When
        try (KafkaEventSink sink = new KafkaEventSink(producer)) {
            records.forEach(sink::accept);
        }

        // Then
        assertThat(producer.history()).hasSize(records.size());
        for (int i = 0; i < records.size(); i++) {
            ProducerRecord<String, String> sent = producer.history().get(i);
            TimedRecord record = records.get(i);
            assertThat(sent.value()).isEqualTo(record.line());
            if (record instanceof TimedRecord.Event e) {
                assertThat(sent.topic()).isEqualTo(Topics.of(e.event()));
                assertThat(sent.key()).isEqualTo(Topics.keyOf(e.event()));
            } else {
                assertThat(sent.topic()).isEqualTo(Topics.CHAT_MESSAGES);
            }
        }
        assertThat(producer.history()).extracting(ProducerRecord::topic)
                .contains(Topics.CHAT_MESSAGES, Topics.MEMBERSHIP_CHANGES, Topics.ORDERS);
        assertThat(producer.closed()).isTrue();
    }

    @Test
    void producerIsIdempotentWithAcksAll() {
        var config = KafkaEventSink.producerConfig("localhost:9092");

        assertThat(config).containsEntry(ProducerConfig.ACKS_CONFIG, "all")
                .containsEntry(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    }
}
