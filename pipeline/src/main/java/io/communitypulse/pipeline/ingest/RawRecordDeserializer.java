package io.communitypulse.pipeline.ingest;

import java.nio.charset.StandardCharsets;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Keeps every Kafka record as text with its topic, partition and offset: parsing happens in the
 * job, where a bad record can go to the dead-letter table instead of failing the source.
 */
public final class RawRecordDeserializer implements KafkaRecordDeserializationSchema<RawRecord> {

    private static final long serialVersionUID = 1L;

    @Override
    public void deserialize(ConsumerRecord<byte[], byte[]> record, Collector<RawRecord> out) {
        String text = record.value() == null ? "" : new String(record.value(), StandardCharsets.UTF_8);
        String key = record.topic() + ":" + record.partition() + ":" + record.offset();
        out.collect(new RawRecord(record.topic(), key, text, record.timestamp()));
    }

    @Override
    public TypeInformation<RawRecord> getProducedType() {
        return TypeInformation.of(RawRecord.class);
    }
}
