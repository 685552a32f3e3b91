package io.communitypulse.pipeline.activity;

import org.apache.flink.api.common.functions.AggregateFunction;

/** Counts a group-minute's events incrementally, so a window holds counts, not the events. */
public final class ActivityAggregate implements AggregateFunction<ActivityEvent, ActivityCounts, ActivityCounts> {

    private static final long serialVersionUID = 1L;

    @Override
    public ActivityCounts createAccumulator() {
        return new ActivityCounts();
    }

    @Override
    public ActivityCounts add(ActivityEvent event, ActivityCounts counts) {
        counts.add(event);
        return counts;
    }

    @Override
    public ActivityCounts getResult(ActivityCounts counts) {
        return counts;
    }

    @Override
    public ActivityCounts merge(ActivityCounts a, ActivityCounts b) {
        a.addAll(b);
        return a;
    }
}
