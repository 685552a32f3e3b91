package io.communitypulse.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CliOptionsTest {

    private static final Instant NOW = Instant.parse("2026-11-23T08:15:30.123Z");

    private static CliOptions parse(String... args) {
        return CliOptions.parse(args, () -> NOW);
    }

    @Test
    void readsEveryFlag() {
        CliOptions options = parse("--seed", "7", "--rate", "50", "--speed", "20", "--duration", "600",
                "--start", "2026-11-23T09:00:00+08:00", "--groups", "300", "--kafka", "localhost:9092",
                "--bad-rate", "0.01", "--late-rate", "0.05", "--duplicate-rate", "0", "--cascade-at", "60",
                "--spread-after", "120");

        SimulatorConfig c = options.config();
        assertThat(c.seed()).isEqualTo(7);
        assertThat(c.ratePerSecond()).isEqualTo(50);
        assertThat(options.speed()).isEqualTo(20);
        assertThat(c.duration()).isEqualTo(Duration.ofMinutes(10));
        assertThat(c.start()).isEqualTo(Instant.parse("2026-11-23T01:00:00Z"));
        assertThat(c.groups()).isEqualTo(300);
        assertThat(options.kafka()).isEqualTo("localhost:9092");
        assertThat(c.badRate()).isEqualTo(0.01);
        assertThat(c.lateShare()).isEqualTo(0.05);
        assertThat(c.duplicateShare()).isZero();
        assertThat(c.cascadeAt()).isEqualTo(Duration.ofMinutes(1));
        assertThat(c.cascadeSpreadAfter()).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void filesAreUnpacedAndKafkaRunsAtTenTimesByDefault() {
        assertThat(parse("--out", "x").speed()).isZero();
        assertThat(parse("--out", "x").out()).isEqualTo(Path.of("x"));
        assertThat(parse("--kafka", "k:9092").speed()).isEqualTo(10);
    }

    @Test
    void startNowIsTheWallClockToTheSecond() {
        assertThat(parse("--out", "x", "--start", "now").config().start())
                .isEqualTo(Instant.parse("2026-11-23T08:15:30Z"));
    }

    @Test
    void rejectsCommandLinesThatCannotRun() {
        assertThatThrownBy(() -> parse("--seed", "1")).hasMessageContaining("exactly one of");
        assertThatThrownBy(() -> parse("--out", "x", "--kafka", "k")).hasMessageContaining("exactly one of");
        assertThatThrownBy(() -> parse("--out", "x", "--rate", "fast")).hasMessageContaining("--rate");
        assertThatThrownBy(() -> parse("--out", "x", "--start", "tomorrow")).hasMessageContaining("ISO-8601");
        assertThatThrownBy(() -> parse("--out", "x", "--duration", "0")).hasMessageContaining("--kafka");
        assertThatThrownBy(() -> parse("--out", "x", "--colour", "red")).hasMessageContaining("unknown flag");
        assertThatThrownBy(() -> parse("--out")).hasMessageContaining("needs a value");
    }
}
