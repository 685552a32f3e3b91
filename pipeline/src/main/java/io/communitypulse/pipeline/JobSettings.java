package io.communitypulse.pipeline;

import io.communitypulse.pipeline.cascade.CascadeRule;
import io.communitypulse.pipeline.community.HealthSettings;
import io.communitypulse.pipeline.recovery.RecoverySettings;
import io.communitypulse.sentiment.ProductCatalogue;
import io.communitypulse.sentiment.SentimentModel;
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
 *   --sentiment-model FILE  a retrained model ({@code ./pulse sentiment train --out FILE}; default: the shipped one)
 *   --group-id ID           Kafka consumer group (default community-pulse)
 *   --bounded               stop at the topics' current end (tests, backfills)
 *   --checkpoint-interval-ms N   default 10000
 *   --max-clock-skew-s N    an event dated more than N s after it arrives is set aside as future_time (default 300)
 *   --health-zone, --dormant-days, --mass-exit-*, ...   community health ({@link HealthSettings})
 * </pre>
 * and the checkpoint storage, restart and ClickHouse sink flags of {@link RecoverySettings}.
 */
public record JobSettings(
        String jdbcUrl,
        String kafkaBootstrap,
        List<String> files,
        String catalogueFile,
        String sentimentModelFile,
        String consumerGroup,
        boolean bounded,
        Duration checkpointInterval,
        Duration outOfOrderness,
        Duration idleness,
        Duration allowedLateness,
        Duration dedupeHorizon,
        Duration maxClockSkew,
        CascadeRule cascadeRule,
        Duration incidentWindow,
        RecoverySettings recovery,
        HealthSettings health) implements Serializable {

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
                .withSentimentModel(params.get("sentiment-model"))
                .withConsumerGroup(params.get("group-id", DEFAULT_GROUP))
                .withBounded(params.has("bounded"))
                .withCheckpointInterval(Duration.ofMillis(params.getLong("checkpoint-interval-ms", 10_000)))
                .withMaxClockSkew(Duration.ofSeconds(params.getLong("max-clock-skew-s", 300)))
                .withRecovery(RecoverySettings.fromArgs(params))
                .withHealth(HealthSettings.fromArgs(params));
    }

    public static JobSettings defaults(String jdbcUrl, String kafkaBootstrap, List<String> files) {
        return new JobSettings(jdbcUrl, kafkaBootstrap, files, null, null, DEFAULT_GROUP, false, Duration.ofSeconds(10),
                Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofMinutes(10), Duration.ofHours(1),
                Duration.ofMinutes(5), CascadeRule.DEFAULT, Duration.ofHours(2), RecoverySettings.DEFAULTS, HealthSettings.DEFAULT);
    }

    public JobSettings withCatalogue(String file) {
        return new JobSettings(jdbcUrl, kafkaBootstrap, files, file, sentimentModelFile, consumerGroup, bounded,
                checkpointInterval, outOfOrderness, idleness, allowedLateness, dedupeHorizon, maxClockSkew,
                cascadeRule, incidentWindow, recovery, health);
    }

    /** A model file written by {@code ./pulse sentiment train --out FILE}, or null for the shipped model. */
    public JobSettings withSentimentModel(String file) {
        return new JobSettings(jdbcUrl, kafkaBootstrap, files, catalogueFile, file, consumerGroup, bounded,
                checkpointInterval, outOfOrderness, idleness, allowedLateness, dedupeHorizon, maxClockSkew,
                cascadeRule, incidentWindow, recovery, health);
    }

    public JobSettings withConsumerGroup(String group) {
        return new JobSettings(jdbcUrl, kafkaBootstrap, files, catalogueFile, sentimentModelFile, group, bounded,
                checkpointInterval, outOfOrderness, idleness, allowedLateness, dedupeHorizon, maxClockSkew,
                cascadeRule, incidentWindow, recovery, health);
    }

    public JobSettings withBounded(boolean stopAtEnd) {
        return new JobSettings(jdbcUrl, kafkaBootstrap, files, catalogueFile, sentimentModelFile, consumerGroup,
                stopAtEnd, checkpointInterval, outOfOrderness, idleness, allowedLateness, dedupeHorizon, maxClockSkew,
                cascadeRule, incidentWindow, recovery, health);
    }

    public JobSettings withCheckpointInterval(Duration interval) {
        return new JobSettings(jdbcUrl, kafkaBootstrap, files, catalogueFile, sentimentModelFile, consumerGroup,
                bounded, interval, outOfOrderness, idleness, allowedLateness, dedupeHorizon, maxClockSkew,
                cascadeRule, incidentWindow, recovery, health);
    }

    public JobSettings withMaxClockSkew(Duration skew) {
        return new JobSettings(jdbcUrl, kafkaBootstrap, files, catalogueFile, sentimentModelFile, consumerGroup,
                bounded, checkpointInterval, outOfOrderness, idleness, allowedLateness, dedupeHorizon, skew,
                cascadeRule, incidentWindow, recovery, health);
    }

    public JobSettings withRecovery(RecoverySettings value) {
        return new JobSettings(jdbcUrl, kafkaBootstrap, files, catalogueFile, sentimentModelFile, consumerGroup,
                bounded, checkpointInterval, outOfOrderness, idleness, allowedLateness, dedupeHorizon, maxClockSkew,
                cascadeRule, incidentWindow, value, health);
    }

    /** Community health's zones, thresholds and timing ({@link HealthSettings}). */
    public JobSettings withHealth(HealthSettings settings) {
        return new JobSettings(jdbcUrl, kafkaBootstrap, files, catalogueFile, sentimentModelFile, consumerGroup,
                bounded, checkpointInterval, outOfOrderness, idleness, allowedLateness, dedupeHorizon, maxClockSkew,
                cascadeRule, incidentWindow, recovery, settings);
    }

    /**
     * The model named by {@code --sentiment-model}, else the shipped one, read on the client when the job is
     * built: a bad file stops the submission, and the artifact's bytes travel with the job to every task.
     */
    public SentimentModel sentimentModel(ProductCatalogue catalogue) {
        try {
            Path file = sentimentModelFile == null ? null : Path.of(sentimentModelFile);
            return SentimentModel.loadFileOrDefault(file, catalogue);
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
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
