package io.communitypulse.pipeline.ingest;

import java.nio.charset.StandardCharsets;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Reads every Kafka record into an {@link Ingested}: parsed and checked in the source, so that the
 * source's per-partition watermarks run on the events' own times. A bad record becomes a dead
 * letter here instead of failing the source.
 */
public final class RawRecordDeserializer implements KafkaRecordDeserializationSchema<Ingested> {

    private static final long serialVersionUID = 1L;

    private final Ingestion ingestion;

    public RawRecordDeserializer(Ingestion ingestion) {
        this.ingestion = ingestion;
    }

    @Override
    public void deserialize(ConsumerRecord<byte[], byte[]> record, Collector<Ingested> out) {
        String text = record.value() == null ? "" : new String(record.value(), StandardCharsets.UTF_8);
        String key = record.topic() + ":" + record.partition() + ":" + record.offset();
        RawRecord raw = new RawRecord(record.topic(), key, text, record.timestamp());
        out.collect(ingestion.read(raw, System.currentTimeMillis()));
    }

    @Override
    public TypeInformation<Ingested> getProducedType() {
        return TypeInformation.of(Ingested.class);
    }
}
