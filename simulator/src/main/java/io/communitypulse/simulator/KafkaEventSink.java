package io.communitypulse.simulator;

import io.communitypulse.events.PulseEvent;
import io.communitypulse.events.Topics;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes each event to {@link Topics#of} keyed by {@link Topics#keyOf}, as producers of contract
 * v1 must; malformed records go as-is to the chat topic, keyed by brand, for the dead-letter path.
 * Idempotent producer with acks=all: a retried send is not written twice.
 */
public final class KafkaEventSink implements RecordSink {

    private final Producer<String, String> producer;
    private final AtomicReference<Exception> failure = new AtomicReference<>();

    public KafkaEventSink(Producer<String, String> producer) {
        this.producer = producer;
    }

    public static KafkaEventSink connect(String bootstrapServers) {
        return new KafkaEventSink(new KafkaProducer<>(producerConfig(bootstrapServers)));
    }

    public static Properties producerConfig(String bootstrapServers) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.CLIENT_ID_CONFIG, "pulse-simulator");
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return props;
    }

    @Override
    public void accept(TimedRecord record) {
        throwIfFailed();
        producer.send(toProducerRecord(record), (metadata, e) -> {
            if (e != null) {
                failure.compareAndSet(null, e);
            }
        });
    }

    static ProducerRecord<String, String> toProducerRecord(TimedRecord record) {
        if (record instanceof TimedRecord.Event e) {
            PulseEvent event = e.event();
            return new ProducerRecord<>(Topics.of(event), Topics.keyOf(event), record.line());
        }
        TimedRecord.Malformed m = (TimedRecord.Malformed) record;
        return new ProducerRecord<>(Topics.CHAT_MESSAGES, m.brandId(), m.raw());
    }

    @Override
    public void close() {
        try {
            producer.flush();
        } finally {
            producer.close();
        }
        throwIfFailed();
    }

    private void throwIfFailed() {
        Exception e = failure.get();
        if (e != null) {
            throw new IllegalStateException("Kafka send failed: " + e.getMessage(), e);
        }
    }
}
