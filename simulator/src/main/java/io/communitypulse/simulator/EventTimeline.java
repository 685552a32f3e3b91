package io.communitypulse.simulator;

import java.time.Instant;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;

/**
 * All events in event-time order up to the configured end: ticks of background traffic at
 * exponential intervals ({@code rate} per simulated second), merged with what the incidents and
 * earlier ticks scheduled. Lazy, so an unbounded run uses constant memory.
 */
final class EventTimeline implements Iterator<Timeline.Scheduled> {

    private final Timeline timeline;
    private final BackgroundTraffic background;
    private final SplittableRandom random;
    private final double ratePerSecond;
    private final Instant end;
    private Instant nextTick;

    EventTimeline(Timeline timeline, BackgroundTraffic background, SplittableRandom random, SimulatorConfig config) {
        this.timeline = timeline;
        this.background = background;
        this.random = random;
        this.ratePerSecond = config.ratePerSecond();
        this.end = config.end();
        this.nextTick = config.start().plusMillis(gapMillis());
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

    /** Runs ticks until the earliest scheduled event cannot be preceded by anything a tick makes. */
    private void fill() {
        while (nextTick.isBefore(end) && (timeline.isEmpty() || !nextTick.isAfter(timeline.peek().at()))) {
            background.step(nextTick);
            nextTick = nextTick.plusMillis(gapMillis());
        }
    }

    private long gapMillis() {
        double seconds = -Math.log(1.0 - random.nextDouble()) / ratePerSecond;
        return Math.max(1, Math.round(seconds * 1000));
    }
}
