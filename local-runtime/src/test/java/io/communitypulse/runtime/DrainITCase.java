package io.communitypulse.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.communitypulse.events.Topics;
import io.communitypulse.pipeline.JobSettings;
import io.communitypulse.simulator.JsonlOutput;
import io.communitypulse.simulator.KafkaEventSink;
import io.communitypulse.simulator.Simulation;
import io.communitypulse.simulator.SimulationRunner;
import io.communitypulse.simulator.SimulatorConfig;
import io.communitypulse.testing.ClickHouseExtension;
import io.communitypulse.testing.KafkaExtension;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Stopping the demo's Kafka-fed job right after the last event was sent loses none of them. */
class DrainITCase {

    @RegisterExtension
    static final KafkaExtension KAFKA = new KafkaExtension();
    @RegisterExtension
    static final ClickHouseExtension CLICKHOUSE = new ClickHouseExtension();

    @TempDir
    Path dir;

    @BeforeAll
    static void eventTopics() {
        KAFKA.createTopics(List.of(Topics.CHAT_MESSAGES, Topics.MEMBERSHIP_CHANGES, Topics.ORDERS, Topics.ALERTS),
                LocalStack.PARTITIONS);
    }

    @Test
    void aJobStoppedRightAfterTheLastSendHasStoredEverythingItWasSent() throws Exception {
        // Given the job reading the event topics
        Simulation simulation = Simulation.create(SimulatorConfig.defaults());
        JsonlOutput.write(simulation, dir);
        try (LocalStack stack = new LocalStack(new LocalSettings(dir.resolve("data"), 0, 0, 0, LocalSettings.DATABASE),
                new Progress(System.out))) {
            RunningJob job = stack.startJob(JobSettings.defaults(CLICKHOUSE.jdbcUrl(), KAFKA.bootstrapServers(), List.of())
                    .withCatalogue(dir.resolve(JsonlOutput.CATALOGUE).toString()));

            // When fifteen simulated minutes are sent as fast as Kafka takes them, and the job is drained at once
            try (KafkaEventSink sink = KafkaEventSink.connect(KAFKA.bootstrapServers())) {
                SimulationRunner.run(simulation.records(), sink, null, () -> false);
            }
            long behind = new Drain(KAFKA.bootstrapServers(), JobSettings.DEFAULT_GROUP)
                    .drain(job.client(), dir.resolve("savepoints"), Duration.ofMinutes(2));

            // Then the job has ended, and accounted for every event, the membership changes of the last minutes
            // too (their windows fired as the drain stopped it)
            assertThat(behind).as("events still to consume when the drain began").isPositive();
            assertThat(job.result()).succeedsWithin(Duration.ofSeconds(30));
            assertThat(ReplayFixture.Golden.storedOrTooLateIn(CLICKHOUSE)).isEqualTo(ReplayFixture.Golden.of(simulation));
        }
    }
}
