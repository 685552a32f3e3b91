package io.communitypulse.pipeline.admission;

import io.communitypulse.pipeline.ingest.Ingested;
import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.MetricGroup;

/**
 * Event time as the sources assign it, per Kafka partition or file: timestamps from the events,
 * watermarks from {@link TenantClockWatermarks}, and a split that sends nothing for
 * {@code idleness} stops holding the others back.
 */
public final class EventTimeStrategy {

    /** One counter per source subtask, shared by its splits' generators (a name registers once per group). */
    private static final Map<MetricGroup, Counter> AHEAD_COUNTERS = Collections.synchronizedMap(new WeakHashMap<>());

    private EventTimeStrategy() {}

    public static WatermarkStrategy<Ingested> of(Duration outOfOrderness, Duration idleness, Duration maxClockSkew) {
        long disorder = outOfOrderness.toMillis();
        long idle = idleness.toMillis();
        long ahead = maxClockSkew.toMillis();
        return WatermarkStrategy.<Ingested>forGenerator(context -> new TenantClockWatermarks(disorder, idle, ahead,
                        System::currentTimeMillis, aheadCounter(context.getMetricGroup())))
                .withTimestampAssigner((record, previous) -> record.timestampMillis())
                .withIdleness(idleness);
    }

    private static Counter aheadCounter(MetricGroup group) {
        return AHEAD_COUNTERS.computeIfAbsent(group, g -> g.counter(TenantClockWatermarks.AHEAD_METRIC));
    }
}
