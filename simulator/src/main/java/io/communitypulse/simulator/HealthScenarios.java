package io.communitypulse.simulator;

import java.time.Duration;
import java.util.Objects;

/**
 * What the simulation adds for community health: a history before the start (the chat archive a
 * pipeline is started on, at a quieter rate), snapshots of every group, and the staged health
 * incidents with their ground truth ({@link HealthScript}).
 *
 * @param history       simulated time before {@code start}, its events sent first (they are in the past)
 * @param historyRate   background events per simulated second during the history
 * @param snapshotEvery a snapshot of every group at the beginning, then this often
 * @param staged        stage the health incidents that fit: the two mass exits in any run of 13 minutes or
 *                      more; with enough history, early-exit churn (4 days), a notice board (8 days) and a
 *                      dormant group (16 days)
 * @param massExitAt    offset from start of the incited mass exit's first urging message; the silent one
 *                      follows 3 minutes later
 */
public record HealthScenarios(Duration history, double historyRate, Duration snapshotEvery, boolean staged,
                              Duration massExitAt) {

    public static final HealthScenarios DEFAULT = new HealthScenarios(Duration.ZERO, 0.05, Duration.ofDays(7), true,
            Duration.ofMinutes(4));

    public HealthScenarios {
        Objects.requireNonNull(history, "history");
        if (history.isNegative()) {
            throw new IllegalArgumentException("history must not be negative");
        }
        if (!(historyRate > 0)) {
            throw new IllegalArgumentException("history rate must be positive, was " + historyRate);
        }
        if (snapshotEvery.isNegative() || snapshotEvery.isZero()) {
            throw new IllegalArgumentException("snapshots need a positive interval, was " + snapshotEvery);
        }
    }

    public HealthScenarios withHistory(Duration value, double rate) {
        return new HealthScenarios(value, rate, snapshotEvery, staged, massExitAt);
    }

    public HealthScenarios withStaged(boolean value) {
        return new HealthScenarios(history, historyRate, snapshotEvery, value, massExitAt);
    }
}
