package io.communitypulse.pipeline.timeline;

/**
 * How far one group's timeline has got: events up to {@code releasedUpTo} have gone to the
 * detectors, and those up to {@code settledUpTo} can no longer be replayed. A Flink POJO.
 */
public final class TimelineClock {

    public long releasedUpTo = Long.MIN_VALUE;
    public long settledUpTo = Long.MIN_VALUE;

    public TimelineClock() {}
}
