package io.communitypulse.pipeline;

import io.communitypulse.pipeline.cascade.CascadeRule;
import io.communitypulse.sentiment.ProductCatalogue;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.flink.util.MultipleParameterTool;

/**
 * What the job reads, where it writes, and its timing, from {@code flink run} arguments:
 * <pre>
 *   --jdbc URL              ClickHouse database (required), e.g. jdbc:clickhouse://clickhouse:8123/pulse
 *   --kafka BOOTSTRAP       read the three event topics from this Kafka, and publish alerts to it
 *   --file PATH             replay a JSONL file instead (repeatable)
 *   --catalogue FILE        product catalogue JSON for product matching (default: none)
 *   --group-id ID           Kafka consumer group (default community-pulse)
 *   --bounded               stop at the topics' current end (tests, backfills)
 *   --checkpoint-interval-ms N   default 10000
 * </pre>
 */
public record JobSettings(
        String jdbcUrl,
        String kafkaBootstrap,
        List<String> files,
        String catalogueFile,
        String consumerGroup,
        boolean bounded,
        Duration checkpointInterval,
        Duration outOfOrderness,
        Duration idleness,
        Duration allowedLateness,
        Duration dedupeHorizon,
        CascadeRule cascadeRule) implements Serializable {

    public static final String DEFAULT_GROUP = "community-pulse";

    public static JobSettings fromArgs(String[] args) {
        MultipleParameterTool params = MultipleParameterTool.fromArgs(args);
        String kafka = params.get("kafka");
        List<String> files = params.has("file") ? List.copyOf(params.getMultiParameter("file")) : List.of();
        if (!params.has("jdbc")) {
            throw new IllegalArgumentException("--jdbc is required, e.g. --jdbc jdbc:clickhouse://127.0.0.1:8123/pulse");
        }
        if ((kafka == null) == files.isEmpty()) {
            throw new IllegalArgumentException("give either --kafka BOOTSTRAP or one or more --file PATH");
        }
        return defaults(params.get("jdbc"), kafka, files)
                .withCatalogue(params.get("catalogue"))
                .withConsumerGroup(params.get("group-id", DEFAULT_GROUP))
                .withBounded(params.has("bounded"))
                .withCheckpointInterval(Duration.ofMillis(params.getLong("checkpoint-interval-ms", 10_000)));
    }

    public static JobSettings defaults(String jdbcUrl, String kafkaBootstrap, List<String> files) {
        return new JobSettings(jdbcUrl, kafkaBootstrap, files, null, DEFAULT_GROUP, false, Duration.ofSeconds(10),
                Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofMinutes(10), Duration.ofHours(1),
                CascadeRule.DEFAULT);
    }

    public JobSettings withCatalogue(String file) {
        return new JobSettings(jdbcUrl, kafkaBootstrap, files, file, consumerGroup, bounded, checkpointInterval,
                outOfOrderness, idleness, allowedLateness, dedupeHorizon, cascadeRule);
    }

    public JobSettings withConsumerGroup(String group) {
        return new JobSettings(jdbcUrl, kafkaBootstrap, files, catalogueFile, group, bounded, checkpointInterval,
                outOfOrderness, idleness, allowedLateness, dedupeHorizon, cascadeRule);
    }

    public JobSettings withBounded(boolean stopAtEnd) {
        return new JobSettings(jdbcUrl, kafkaBootstrap, files, catalogueFile, consumerGroup, stopAtEnd,
                checkpointInterval, outOfOrderness, idleness, allowedLateness, dedupeHorizon, cascadeRule);
    }

    public JobSettings withCheckpointInterval(Duration interval) {
        return new JobSettings(jdbcUrl, kafkaBootstrap, files, catalogueFile, consumerGroup, bounded, interval,
                outOfOrderness, idleness, allowedLateness, dedupeHorizon, cascadeRule);
    }

    /** The catalogue named by {@code --catalogue}, read on the client when the job is built. */
    public ProductCatalogue catalogue() {
        if (catalogueFile == null) {
            return ProductCatalogue.empty();
        }
        try (InputStream in = Files.newInputStream(Path.of(catalogueFile))) {
            return ProductCatalogue.fromJson(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the catalogue " + catalogueFile, e);
        }
    }
}
