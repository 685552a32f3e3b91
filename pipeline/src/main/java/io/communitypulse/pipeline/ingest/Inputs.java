package io.communitypulse.pipeline.ingest;

import io.communitypulse.events.Topics;
import io.communitypulse.pipeline.JobSettings;
import java.util.List;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.connector.file.src.reader.TextLineInputFormat;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.core.fs.Path;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;

/**
 * The job's sources: the three event topics, or recorded JSONL files. Both give raw text records;
 * event time and watermarks are assigned after parsing, where the time can be read.
 */
public final class Inputs {

    private Inputs() {}

    public static DataStream<RawRecord> rawRecords(StreamExecutionEnvironment env, JobSettings settings) {
        return settings.kafkaBootstrap() != null ? kafka(env, settings) : files(env, settings.files());
    }

    static DataStream<RawRecord> kafka(StreamExecutionEnvironment env, JobSettings settings) {
        var builder = KafkaSource.<RawRecord>builder()
                .setBootstrapServers(settings.kafkaBootstrap())
                .setTopics(Topics.CHAT_MESSAGES, Topics.MEMBERSHIP_CHANGES, Topics.ORDERS)
                .setGroupId(settings.consumerGroup())
                .setStartingOffsets(OffsetsInitializer.committedOffsets(OffsetResetStrategy.EARLIEST))
                .setDeserializer(new RawRecordDeserializer());
        if (settings.bounded()) {
            builder.setBounded(OffsetsInitializer.latest());
        }
        return env.fromSource(builder.build(), WatermarkStrategy.noWatermarks(), "kafka-events").uid("kafka-events");
    }

    static DataStream<RawRecord> files(StreamExecutionEnvironment env, List<String> files) {
        FileSource<String> source = FileSource.forRecordStreamFormat(new TextLineInputFormat(),
                files.stream().map(Path::new).toArray(Path[]::new)).build();
        return env.fromSource(source, WatermarkStrategy.noWatermarks(), "replay-files").uid("replay-files")
                .map(new FileLineToRawRecord()).name("file-lines").uid("file-lines");
    }
}
