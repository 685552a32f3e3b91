package io.communitypulse.pipeline.cascade;

import io.communitypulse.pipeline.alerts.Alert;
import io.communitypulse.pipeline.enrich.EnrichedMessage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Runs a {@link CascadeTracker} per group (keyed by {@code brand|group}). Messages are held until
 * the watermark passes their time and then fed in event-time order, so out-of-order arrival gives
 * the same alerts as in-order arrival. State is cleared when the group's episodes expire.
 */
public final class CascadeDetector extends KeyedProcessFunction<String, EnrichedMessage, Alert> {

    private static final long serialVersionUID = 1L;

    private final CascadeRule rule;
    private final CascadeAlerts alerts;
    private transient ValueState<CascadeTracker> tracker;
    private transient MapState<Long, List<EnrichedMessage>> pending;

    public CascadeDetector(CascadeRule rule, CascadeAlerts alerts) {
        this.rule = rule;
        this.alerts = alerts;
    }

    @Override
    public void open(OpenContext openContext) {
        tracker = getRuntimeContext().getState(
                new ValueStateDescriptor<>("cascade-tracker", TypeInformation.of(CascadeTracker.class)));
        pending = getRuntimeContext().getMapState(new MapStateDescriptor<>("pending-messages", Types.LONG,
                Types.LIST(TypeInformation.of(EnrichedMessage.class))));
    }

    @Override
    public void processElement(EnrichedMessage message, Context context, Collector<Alert> out) throws Exception {
        long time = message.message().sentAt().toEpochMilli();
        List<EnrichedMessage> atTime = pending.get(time);
        List<EnrichedMessage> updated = atTime == null ? new ArrayList<>() : new ArrayList<>(atTime);
        updated.add(message);
        pending.put(time, updated);
        context.timerService().registerEventTimeTimer(time);
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext context, Collector<Alert> out) throws Exception {
        CascadeTracker current = tracker.value() == null ? new CascadeTracker() : tracker.value();
        List<EnrichedMessage> due = pending.get(timestamp);
        if (due != null) {
            pending.remove(timestamp);
            // equal timestamps: a fixed order keeps replays identical
            due.sort(Comparator.comparing(m -> m.message().eventId()));
            for (EnrichedMessage message : due) {
                for (Episode grown : current.accept(message, rule)) {
                    out.collect(alerts.alertFor(message.message().brandId(), message.message().groupId(), grown));
                }
            }
        }
        current.expire(timestamp, rule);
        if (current.isEmpty()) {
            tracker.clear();
        } else {
            tracker.update(current);
            context.timerService().registerEventTimeTimer(current.nextExpiry(rule));
        }
    }
}
