package io.communitypulse.pipeline.timeline;

import io.communitypulse.events.alert.Alert;
import io.communitypulse.events.alert.AlertState;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * An ordered stream of events per key, feeding every {@link Detector}: one per group (keyed by brand
 * and group) for the group's signals, one per brand for what links its groups (incidents).
 *
 * <p>Events wait until the watermark passes them and are then released to the detectors in
 * event-time order. Released events stay in a tail for the allowed lateness; when a late event
 * arrives (admitted, but older than events already released), each {@link Detector.LatePolicy#REPLAY}
 * detector's state is rebuilt from before the tail and the tail is fed again with the late event in
 * its place, so the alerts come out as if the events had arrived in order: revisions are re-issued
 * with the corrected content, and an alert first raised in the tail that the corrected history no
 * longer raises gets a last revision in state {@code superseded} naming its replacement.
 */
public final class Timeline extends KeyedProcessFunction<String, GroupEvent, Alert> {

    private static final long serialVersionUID = 1L;

    private final List<Detector<?>> detectors;
    private final long latenessMillis;

    private transient List<DetectorSlot<?>> slots;
    private transient MapState<Long, List<GroupEvent>> pending;
    private transient ValueState<List<GroupEvent>> tail;
    private transient ValueState<TimelineClock> clock;
    private transient MapState<String, BornAlert> bornInTail;

    public Timeline(List<Detector<?>> detectors, Duration allowedLateness) {
        this.detectors = List.copyOf(detectors);
        this.latenessMillis = allowedLateness.toMillis();
    }

    @Override
    public void open(OpenContext openContext) {
        TypeInformation<List<GroupEvent>> events = Types.LIST(TypeInformation.of(GroupEvent.class));
        pending = getRuntimeContext().getMapState(new MapStateDescriptor<>("pending", Types.LONG, events));
        tail = getRuntimeContext().getState(new ValueStateDescriptor<>("tail", events));
        clock = getRuntimeContext().getState(new ValueStateDescriptor<>("clock", TimelineClock.class));
        bornInTail = getRuntimeContext().getMapState(new MapStateDescriptor<>("born-in-tail", Types.STRING,
                TypeInformation.of(BornAlert.class)));
        slots = new ArrayList<>();
        for (Detector<?> detector : detectors) {
            slots.add(new DetectorSlot<>(detector, getRuntimeContext()));
        }
    }

    @Override
    public void processElement(GroupEvent event, Context context, Collector<Alert> out) throws Exception {
        long time = event.timeMillis();
        TimelineClock now = clockOrStart();
        if (time > now.releasedUpTo) {
            List<GroupEvent> atTime = pending.get(time);
            List<GroupEvent> updated = atTime == null ? new ArrayList<>() : new ArrayList<>(atTime);
            updated.add(event);
            pending.put(time, updated);
            context.timerService().registerEventTimeTimer(time);
            clock.update(now);
            return;
        }
        Emitter emitter = new Emitter(context, out, time);
        if (time > now.settledUpTo) {
            List<GroupEvent> events = tailEvents();
            events.add(event);
            events.sort(GroupEvent.IN_TIME_ORDER);
            tail.update(events);
            replayTail(events, event, now, emitter);
        } else {
            // older than the settled point: too old to replay, counted as it comes
            for (DetectorSlot<?> slot : slots) {
                slot.feedOutOfOrder(event, true, emitter);
            }
        }
        schedule(context, now);
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext context, Collector<Alert> out) throws Exception {
        TimelineClock now = clockOrStart();
        now.releasedUpTo = Math.max(now.releasedUpTo, timestamp);
        Emitter emitter = new Emitter(context, out, timestamp);
        List<GroupEvent> due = pending.get(timestamp);
        if (due != null) {
            pending.remove(timestamp);
            List<GroupEvent> ordered = new ArrayList<>(due);
            ordered.sort(GroupEvent.IN_TIME_ORDER);
            for (DetectorSlot<?> slot : slots) {
                slot.feedLive(ordered, emitter);
            }
            List<GroupEvent> events = tailEvents();
            events.addAll(ordered);
            tail.update(events);
        }
        for (DetectorSlot<?> slot : slots) {
            slot.advanceLive(timestamp, emitter);
        }
        settle(now, timestamp - latenessMillis);
        clock.update(now);
        schedule(context, now);
        clearWhenDone();
    }

    /** Rebuilds every replaying detector from its settled state over the tail, then supersedes lost alerts. */
    private void replayTail(List<GroupEvent> events, GroupEvent late, TimelineClock now, Emitter emitter)
            throws Exception {
        Collecting collected = new Collecting();
        for (DetectorSlot<?> slot : slots) {
            if (slot.replaysLateEvents()) {
                slot.replay(events, now.releasedUpTo, collected);
            } else {
                slot.feedOutOfOrder(late, false, emitter);
            }
        }
        Map<String, Alert> reissued = new HashMap<>();
        for (Alert alert : collected.alerts) {
            emitter.alert(alert);
            reissued.put(alert.alertId(), alert);
        }
        collected.sendRows(emitter);
        List<String> lost = new ArrayList<>();
        for (Map.Entry<String, BornAlert> entry : bornInTail.entries()) {
            if (!reissued.containsKey(entry.getKey())) {
                lost.add(entry.getKey());
            }
        }
        for (String alertId : lost) {
            Alert last = bornInTail.get(alertId).latest;
            bornInTail.remove(alertId);
            emitter.collect(last.withState(last.revision() + 1, AlertState.SUPERSEDED, replacements(last, reissued)));
        }
    }

    private static List<String> replacements(Alert lost, Map<String, Alert> reissued) {
        return reissued.values().stream()
                .filter(alert -> alert.type().equals(lost.type()) && alert.subject().equals(lost.subject()))
                .map(Alert::alertId)
                .sorted()
                .toList();
    }

    /** Moves events older than the lateness from the tail into the settled states. */
    private void settle(TimelineClock now, long horizon) throws Exception {
        if (horizon <= now.settledUpTo) {
            return;
        }
        List<GroupEvent> events = tailEvents();
        List<GroupEvent> settling = new ArrayList<>();
        while (!events.isEmpty() && events.get(0).timeMillis() <= horizon) {
            settling.add(events.remove(0));
        }
        for (DetectorSlot<?> slot : slots) {
            slot.settle(settling, horizon);
        }
        if (!settling.isEmpty()) {
            updateOrClear(tail, events);
        }
        now.settledUpTo = horizon;
        List<String> settledAlerts = new ArrayList<>();
        for (Map.Entry<String, BornAlert> entry : bornInTail.entries()) {
            if (entry.getValue().bornAtMillis <= horizon) {
                settledAlerts.add(entry.getKey());
            }
        }
        for (String alertId : settledAlerts) {
            bornInTail.remove(alertId);
        }
    }

    private void schedule(Context context, TimelineClock now) throws Exception {
        long next = Long.MAX_VALUE;
        for (DetectorSlot<?> slot : slots) {
            next = Math.min(next, slot.nextWakeUp());
            long settledWakeUp = slot.nextSettledWakeUp();
            if (settledWakeUp != Long.MAX_VALUE) {
                next = Math.min(next, settledWakeUp + latenessMillis);
            }
        }
        List<GroupEvent> events = tail.value();
        if (events != null && !events.isEmpty()) {
            next = Math.min(next, events.get(0).timeMillis() + latenessMillis);
        }
        if (next != Long.MAX_VALUE) {
            context.timerService().registerEventTimeTimer(Math.max(next, now.releasedUpTo + 1));
        }
    }

    private void clearWhenDone() throws Exception {
        if (!pending.isEmpty() || tail.value() != null || !bornInTail.isEmpty()) {
            return;
        }
        for (DetectorSlot<?> slot : slots) {
            if (!slot.isEmpty()) {
                return;
            }
        }
        clock.clear();
    }

    private TimelineClock clockOrStart() throws Exception {
        TimelineClock now = clock.value();
        return now == null ? new TimelineClock() : now;
    }

    private List<GroupEvent> tailEvents() throws Exception {
        List<GroupEvent> events = tail.value();
        return events == null ? new ArrayList<>() : new ArrayList<>(events);
    }

    private static <T> void updateOrClear(ValueState<List<T>> state, List<T> values) throws Exception {
        if (values.isEmpty()) {
            state.clear();
        } else {
            state.update(values);
        }
    }

    /** Sends detector outputs on, remembering the alerts first raised within the lateness. */
    private final class Emitter implements DetectorOutput {

        private final Context context;
        private final Collector<Alert> out;
        private final long triggerMillis;

        Emitter(Context context, Collector<Alert> out, long triggerMillis) {
            this.context = context;
            this.out = out;
            this.triggerMillis = triggerMillis;
        }

        @Override
        public void alert(Alert alert) {
            try {
                BornAlert born = bornInTail.get(alert.alertId());
                if (born != null) {
                    born.latest = alert;
                    bornInTail.put(alert.alertId(), born);
                } else if (alert.revision() == 1) {
                    bornInTail.put(alert.alertId(), new BornAlert(alert, triggerMillis));
                }
            } catch (Exception e) {
                throw new IllegalStateException("cannot record alert " + alert.alertId(), e);
            }
            collect(alert);
        }

        void collect(Alert alert) {
            out.collect(alert);
        }

        @Override
        public <T> void row(OutputTag<T> tag, T row) {
            context.output(tag, row);
        }
    }

    /** Outputs of a replay, sent on only once every detector has been rebuilt. */
    private static final class Collecting implements DetectorOutput {

        final List<Alert> alerts = new ArrayList<>();
        private final List<Runnable> rows = new ArrayList<>();
        private DetectorOutput target;

        @Override
        public void alert(Alert alert) {
            alerts.add(alert);
        }

        @Override
        public <T> void row(OutputTag<T> tag, T row) {
            rows.add(() -> target.row(tag, row));
        }

        void sendRows(DetectorOutput destination) {
            target = destination;
            rows.forEach(Runnable::run);
        }
    }
}
