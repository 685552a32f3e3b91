package io.communitypulse.simulator;

import java.time.Instant;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;

/**
 * All events in event-time order up to the configured end: ticks of background traffic at
 * exponential intervals ({@code rate} per simulated second; the history rate before the start),
 * merged with what the incidents, the group snapshots and earlier ticks scheduled. Lazy, so an
 * unbounded run uses constant memory.
 */
final class EventTimeline implements Iterator<Timeline.Scheduled> {

    private final Timeline timeline;
    private final BackgroundTraffic background;
    private final Snapshots snapshots;
    private final SplittableRandom random;
    private final double ratePerSecond;
    private final double historyRate;
    private final Instant start;
    private final Instant end;
    private Instant nextTick;

    EventTimeline(Timeline timeline, BackgroundTraffic background, Snapshots snapshots, SplittableRandom random,
                  SimulatorConfig config) {
        this.timeline = timeline;
        this.background = background;
        this.snapshots = snapshots;
        this.random = random;
        this.ratePerSecond = config.ratePerSecond();
        this.historyRate = config.health().historyRate();
        this.start = config.start();
        this.end = config.end();
        this.nextTick = config.historyStart(); // read by gapMillis: the history's rate applies from here
        this.nextTick = nextTick.plusMillis(gapMillis());
    }

    @Override
    public boolean hasNext() {
        fill();
        return !timeline.isEmpty() && timeline.peek().at().isBefore(end);
    }

    @Override
    public Timeline.Scheduled next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return timeline.poll();
    }

    /** Runs ticks and snapshots until the earliest scheduled event cannot be preceded by anything they make. */
    private void fill() {
        while (true) {
            boolean snapshotFirst = !snapshots.next().isAfter(nextTick);
            Instant next = snapshotFirst ? snapshots.next() : nextTick;
            if (!next.isBefore(end) || (!timeline.isEmpty() && next.isAfter(timeline.peek().at()))) {
                return;
            }
            if (snapshotFirst) {
                snapshots.take();
            } else {
                background.step(nextTick);
                nextTick = nextTick.plusMillis(gapMillis());
            }
        }
    }

    private long gapMillis() {
        double rate = nextTick.isBefore(start) ? historyRate : ratePerSecond;
        double seconds = -Math.log(1.0 - random.nextDouble()) / rate;
        return Math.max(1, Math.round(seconds * 1000));
    }
}
