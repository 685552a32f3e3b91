package io.communitypulse.pipeline.storage;

import io.communitypulse.events.alert.Alert;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.apache.flink.connector.kafka.lineage.DefaultKafkaDatasetFacet;
import org.apache.flink.connector.kafka.lineage.DefaultKafkaDatasetIdentifier;
import org.apache.flink.connector.kafka.lineage.KafkaDatasetFacet;
import org.apache.flink.connector.kafka.lineage.KafkaDatasetFacetProvider;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * An alert as a Kafka record: keyed by alert id, the API's JSON as value ({@link AlertJsonSchema}), and no
 * timestamp of its own, so the producer stamps it with the wall clock when it sends it. The alert's event
 * time is not a valid broker timestamp: from a simulated, replayed or skewed source it can lie hours from the
 * broker's clock, and a broker refuses records more than {@code log.message.timestamp.after.max.ms} (1 h by
 * default) ahead of it. The event times stay in the value ({@code first_seen}, {@code last_seen}).
 */
public final class AlertRecordSerializer implements KafkaRecordSerializationSchema<Alert>, KafkaDatasetFacetProvider {

    private static final long serialVersionUID = 1L;

    private final String topic;
    private final AlertJsonSchema json = new AlertJsonSchema();

    public AlertRecordSerializer(String topic) {
        this.topic = topic;
    }

    @Override
    public ProducerRecord<byte[], byte[]> serialize(Alert alert, KafkaSinkContext context, Long eventTimestamp) {
        byte[] key = alert.alertId().getBytes(StandardCharsets.UTF_8);
        return new ProducerRecord<>(topic, null, null, key, json.serialize(alert));
    }

    /** The topic, for Flink's lineage of the job's sinks. */
    @Override
    public Optional<KafkaDatasetFacet> getKafkaDatasetFacet() {
        return Optional.of(new DefaultKafkaDatasetFacet(DefaultKafkaDatasetIdentifier.ofTopics(List.of(topic))));
    }
}
