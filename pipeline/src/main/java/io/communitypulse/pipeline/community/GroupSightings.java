package io.communitypulse.pipeline.community;

import io.communitypulse.pipeline.timeline.GroupEvent;
import java.util.HashMap;
import java.util.Map;
import org.apache.flink.api.common.functions.RichFlatMapFunction;
import org.apache.flink.util.Collector;

/**
 * What {@link GroupTicks} needs of the group events: that a group was seen, about when. Passes on at
 * most one sighting per group and hour of each upstream subtask, so the ticks' side of the job does
 * not carry every message a second time. The memory of what it passed on is a cache, not state: after
 * a restart it sends some sightings again, which changes nothing.
 */
public final class GroupSightings extends RichFlatMapFunction<GroupEvent, GroupTick> {

    private static final long serialVersionUID = 1L;

    private final long intervalMillis;
    private transient Map<String, Long> lastInterval;

    public GroupSightings(long intervalMillis) {
        this.intervalMillis = intervalMillis;
    }

    @Override
    public void flatMap(GroupEvent event, Collector<GroupTick> out) {
        if (lastInterval == null) {
            lastInterval = new HashMap<>();
        }
        long at = event.timeMillis();
        long interval = Math.floorDiv(at, intervalMillis);
        Long seen = lastInterval.get(event.groupKey());
        if (seen == null || interval > seen) {
            lastInterval.put(event.groupKey(), interval);
            out.collect(new GroupTick(event.brandId(), event.groupId(), at));
        }
    }
}
