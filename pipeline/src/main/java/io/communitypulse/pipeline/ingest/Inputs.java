package io.communitypulse.pipeline.ingest;

import io.communitypulse.events.Topics;
import io.communitypulse.pipeline.JobSettings;
import java.util.List;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.core.fs.Path;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;

/**
 * The job's sources: the three event topics, or recorded JSONL files. Records are parsed in the
 * source, and event time is assigned there, per Kafka partition or file, with the given strategy.
 */
public final class Inputs {

    private Inputs() {}

    public static DataStream<Ingested> ingested(StreamExecutionEnvironment env, JobSettings settings,
                                                WatermarkStrategy<Ingested> eventTime) {
        Ingestion ingestion = new Ingestion(new FutureTimeGuard(settings.maxClockSkew()));
        return settings.kafkaBootstrap() != null
                ? kafka(env, settings, ingestion, eventTime)
                : files(env, settings.files(), ingestion, eventTime);
    }

    static DataStream<Ingested> kafka(StreamExecutionEnvironment env, JobSettings settings, Ingestion ingestion,
                                      WatermarkStrategy<Ingested> eventTime) {
        var builder = KafkaSource.<Ingested>builder()
                .setBootstrapServers(settings.kafkaBootstrap())
                .setTopics(Topics.CHAT_MESSAGES, Topics.MEMBERSHIP_CHANGES, Topics.ORDERS)
                .setGroupId(settings.consumerGroup())
                .setStartingOffsets(OffsetsInitializer.committedOffsets(OffsetResetStrategy.EARLIEST))
                .setDeserializer(new RawRecordDeserializer(ingestion));
        if (settings.bounded()) {
            builder.setBounded(OffsetsInitializer.latest());
        }
        return env.fromSource(builder.build(), eventTime, "kafka-events").uid("kafka-events");
    }

    static DataStream<Ingested> files(StreamExecutionEnvironment env, List<String> files, Ingestion ingestion,
                                      WatermarkStrategy<Ingested> eventTime) {
        FileSource<Ingested> source = FileSource.forRecordStreamFormat(new IngestedLines(ingestion),
                files.stream().map(Path::new).toArray(Path[]::new)).build();
        return env.fromSource(source, eventTime, "replay-files").uid("replay-files");
    }
}
