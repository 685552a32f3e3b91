package io.communitypulse.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Everything that determines a simulation's output. Two runs with equal configs write the same bytes.
 *
 * @param seed              the one seed of the one random generator
 * @param ratePerSecond     background events per second of simulated time (incidents come on top)
 * @param start             the simulated instant the stream begins at
 * @param duration          how much simulated time to generate; {@link Duration#ZERO} means without end
 * @param groups            chat groups in total, spread over the brands
 * @param lateShare         share of events delivered late, 5 s to 3 min after their event time
 * @param duplicateShare    share of events sent twice with the same event id
 * @param badRate           share of extra malformed raw records (dead-letter traffic)
 * @param cascadeAt         offset from start at which the negative cascade's first complaint is posted
 * @param cascadeSpreadAfter delay between the first complaint and the same complaint in a second group
 * @param benignBurstAt     offset of the one-member negative burst (must not alert)
 * @param positiveWaveAt    offset of the positive pile-on (must not alert)
 * @param health            history before the start, group snapshots, and the staged health incidents
 */
public record SimulatorConfig(
        long seed,
        double ratePerSecond,
        Instant start,
        Duration duration,
        int groups,
        double lateShare,
        double duplicateShare,
        double badRate,
        Duration cascadeAt,
        Duration cascadeSpreadAfter,
        Duration benignBurstAt,
        Duration positiveWaveAt,
        HealthScenarios health) {

    public static final Instant DEFAULT_START = Instant.parse("2026-11-23T01:00:00Z"); // 09:00 in Shanghai

    public SimulatorConfig {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(health, "health");
        if (!(ratePerSecond > 0)) {
            throw new IllegalArgumentException("rate must be positive, was " + ratePerSecond);
        }
        if (groups < 8) {
            throw new IllegalArgumentException("at least 8 groups are needed to stage the incidents, was " + groups);
        }
        requireShare("late share", lateShare);
        requireShare("duplicate share", duplicateShare);
        requireShare("bad rate", badRate);
        if (duration.isNegative()) {
            throw new IllegalArgumentException("duration must not be negative");
        }
    }

    /** Seed 42, 20 events/s, 200 groups, 15 simulated minutes from {@link #DEFAULT_START}. */
    public static SimulatorConfig defaults() {
        return new SimulatorConfig(42, 20, DEFAULT_START, Duration.ofMinutes(15), 200, 0.02, 0.01, 0.0,
                Duration.ofMinutes(2), Duration.ofMinutes(4), Duration.ofMinutes(3), Duration.ofMinutes(5),
                HealthScenarios.DEFAULT);
    }

    public boolean bounded() {
        return !duration.isZero();
    }

    public Instant end() {
        return bounded() ? start.plus(duration) : Instant.MAX;
    }

    public SimulatorConfig withSeed(long value) {
        return new SimulatorConfig(value, ratePerSecond, start, duration, groups, lateShare, duplicateShare, badRate,
                cascadeAt, cascadeSpreadAfter, benignBurstAt, positiveWaveAt, health);
    }

    public SimulatorConfig withRate(double value) {
        return new SimulatorConfig(seed, value, start, duration, groups, lateShare, duplicateShare, badRate,
                cascadeAt, cascadeSpreadAfter, benignBurstAt, positiveWaveAt, health);
    }

    public SimulatorConfig withStart(Instant value) {
        return new SimulatorConfig(seed, ratePerSecond, value, duration, groups, lateShare, duplicateShare, badRate,
                cascadeAt, cascadeSpreadAfter, benignBurstAt, positiveWaveAt, health);
    }

    public SimulatorConfig withDuration(Duration value) {
        return new SimulatorConfig(seed, ratePerSecond, start, value, groups, lateShare, duplicateShare, badRate,
                cascadeAt, cascadeSpreadAfter, benignBurstAt, positiveWaveAt, health);
    }

    public SimulatorConfig withGroups(int value) {
        return new SimulatorConfig(seed, ratePerSecond, start, duration, value, lateShare, duplicateShare, badRate,
                cascadeAt, cascadeSpreadAfter, benignBurstAt, positiveWaveAt, health);
    }

    public SimulatorConfig withDisorder(double late, double duplicate) {
        return new SimulatorConfig(seed, ratePerSecond, start, duration, groups, late, duplicate, badRate,
                cascadeAt, cascadeSpreadAfter, benignBurstAt, positiveWaveAt, health);
    }

    public SimulatorConfig withBadRate(double value) {
        return new SimulatorConfig(seed, ratePerSecond, start, duration, groups, lateShare, duplicateShare, value,
                cascadeAt, cascadeSpreadAfter, benignBurstAt, positiveWaveAt, health);
    }

    public SimulatorConfig withIncidents(Duration cascade, Duration spreadAfter, Duration benign, Duration positive) {
        return new SimulatorConfig(seed, ratePerSecond, start, duration, groups, lateShare, duplicateShare, badRate,
                cascade, spreadAfter, benign, positive, health);
    }

    public SimulatorConfig withHealth(HealthScenarios value) {
        return new SimulatorConfig(seed, ratePerSecond, start, duration, groups, lateShare, duplicateShare, badRate,
                cascadeAt, cascadeSpreadAfter, benignBurstAt, positiveWaveAt, value);
    }

    /** Where the simulated stream begins: the start, less the history. */
    public Instant historyStart() {
        return start.minus(health.history());
    }

    private static void requireShare(String name, double value) {
        if (!(value >= 0 && value <= 0.5)) {
            throw new IllegalArgumentException(name + " must be within 0..0.5, was " + value);
        }
    }
}
