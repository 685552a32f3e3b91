package io.communitypulse.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulationDeterminismTest {

    private static final SimulatorConfig SMALL = SimulatorConfig.defaults().withRate(8).withBadRate(0.02);

    @Test
    void sameSeedAndConfigWriteTheSameBytes(@TempDir Path dir) throws IOException {
        // When
        JsonlOutput.write(Simulation.create(SMALL), dir.resolve("a"));
        JsonlOutput.write(Simulation.create(SMALL), dir.resolve("b"));

        // Then
        for (String file : new String[] {JsonlOutput.EVENTS, JsonlOutput.INCIDENTS, JsonlOutput.CATALOGUE,
                JsonlOutput.SUMMARY}) {
            assertThat(Files.mismatch(dir.resolve("a").resolve(file), dir.resolve("b").resolve(file)))
                    .as(file).isEqualTo(-1L);
        }
        assertThat(Files.size(dir.resolve("a").resolve(JsonlOutput.EVENTS))).isGreaterThan(1_000_000);
    }

    @Test
    void aSimulationReplaysIdenticallyEachTimeItIsRead() {
        Simulation simulation = Simulation.create(SMALL.withDuration(Duration.ofMinutes(3)));

        assertThat(simulation.stream().map(TimedRecord::line).toList())
                .isEqualTo(simulation.stream().map(TimedRecord::line).toList());
    }

    @Test
    void anotherSeedGivesAnotherStream() {
        SimulatorConfig config = SMALL.withDuration(Duration.ofMinutes(3));

        assertThat(Simulation.create(config.withSeed(1)).stream().limit(200).map(TimedRecord::line).toList())
                .isNotEqualTo(Simulation.create(config.withSeed(2)).stream().limit(200).map(TimedRecord::line).toList());
    }

    @Test
    void aBoundedRunEndsAtItsDurationAndAnUnboundedOneGoesOn() {
        SimulatorConfig config = SMALL.withDuration(Duration.ofMinutes(1));

        assertThat(Simulation.create(config).stream()
                .filter(r -> r instanceof TimedRecord.Event)
                .map(r -> ((TimedRecord.Event) r).event().eventTime()))
                .allMatch(t -> t.isBefore(config.end()));
        assertThat(Simulation.create(config.withDuration(Duration.ZERO)).stream().limit(20_000)
                .filter(r -> r.emitAt().isAfter(config.start().plus(Duration.ofMinutes(30)))))
                .isNotEmpty();
    }
}
