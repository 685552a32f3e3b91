package io.communitypulse.pipeline.community;

import io.communitypulse.pipeline.timeline.GroupEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * The dormant clock. Keyed by brand, it learns the brand's groups from their events (as
 * {@link GroupSightings}: a group and a time) and, each time
 * the job's watermark (its overall event time: the slowest partition's) passes a whole tick
 * interval, sends every group that sent nothing in that interval a {@link GroupTick} for that time. A
 * group whose members say nothing sends no events, so its own timeline would never learn that days
 * pass; the ticks tell it (a group that talks learns the time from its own events).
 *
 * <p>No tick is sent at the end of the input (a replayed file, a drained job): there the watermark
 * jumps to the end of time, which no event of the file reached, and a replay would otherwise find
 * every group dormant. A group without any event for the forget-after period gets one last tick and
 * is dropped, as its timeline drops its state on that tick.
 */
public final class GroupTicks extends KeyedProcessFunction<String, GroupTick, GroupEvent> {

    private static final long serialVersionUID = 1L;

    private final long intervalMillis;
    private final long forgetAfterMillis;
    private transient MapState<String, Long> lastEventOfGroup;
    private transient ValueState<Long> nextTick;

    public GroupTicks(Duration interval, Duration forgetAfter) {
        this.intervalMillis = interval.toMillis();
        this.forgetAfterMillis = forgetAfter.toMillis();
    }

    @Override
    public void open(OpenContext openContext) {
        lastEventOfGroup = getRuntimeContext().getMapState(new MapStateDescriptor<>("last-event-of-group", Types.STRING, Types.LONG));
        nextTick = getRuntimeContext().getState(new ValueStateDescriptor<>("next-tick", Types.LONG));
    }

    @Override
    public void processElement(GroupTick seen, Context context, Collector<GroupEvent> out) throws Exception {
        long at = seen.atMillis;
        Long known = lastEventOfGroup.get(seen.groupId);
        if (known == null || at > known) {
            lastEventOfGroup.put(seen.groupId, at);
        }
        if (nextTick.value() == null) {
            long first = Math.floorDiv(at, intervalMillis) * intervalMillis + intervalMillis;
            nextTick.update(first);
            context.timerService().registerEventTimeTimer(first);
        }
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext context, Collector<GroupEvent> out) throws Exception {
        if (context.timerService().currentWatermark() == Long.MAX_VALUE) {
            nextTick.clear();
            return;
        }
        List<String> forgotten = new ArrayList<>();
        for (Map.Entry<String, Long> group : lastEventOfGroup.entries()) {
            // a group seen in the last interval has events of its own to tell it the time
            if (group.getValue() <= timestamp - intervalMillis) {
                out.collect(GroupEvent.of(new GroupTick(context.getCurrentKey(), group.getKey(), timestamp)));
            }
            if (timestamp - group.getValue() >= forgetAfterMillis) {
                forgotten.add(group.getKey());
            }
        }
        for (String group : forgotten) {
            lastEventOfGroup.remove(group);
        }
        if (lastEventOfGroup.isEmpty()) {
            nextTick.clear();
            return;
        }
        nextTick.update(timestamp + intervalMillis);
        context.timerService().registerEventTimeTimer(timestamp + intervalMillis);
    }
}
