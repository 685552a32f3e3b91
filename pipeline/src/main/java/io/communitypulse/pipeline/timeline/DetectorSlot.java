package io.communitypulse.pipeline.timeline;

import java.util.List;
import org.apache.flink.api.common.functions.RuntimeContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeutils.TypeSerializer;

/**
 * One detector inside the timeline, with its two states for the current group: {@code live}, fed
 * every released event, and {@code settled}, fed only events older than the allowed lateness — the
 * point from which the live state is rebuilt when a late event arrives.
 */
final class DetectorSlot<S> {

    private static final int MAX_WAKE_UPS = 100_000;

    private final Detector<S> detector;
    private final ValueState<S> live;
    private final ValueState<S> settled;
    private final TypeSerializer<S> serializer;

    DetectorSlot(Detector<S> detector, RuntimeContext context) {
        this.detector = detector;
        this.live = context.getState(new ValueStateDescriptor<>("live-" + detector.name(), detector.stateType()));
        this.settled = context.getState(new ValueStateDescriptor<>("settled-" + detector.name(), detector.stateType()));
        this.serializer = context.createSerializer(detector.stateType());
    }

    String name() {
        return detector.name();
    }

    boolean replaysLateEvents() {
        return detector.latePolicy() == Detector.LatePolicy.REPLAY;
    }

    void feedLive(List<GroupEvent> events, DetectorOutput out) throws Exception {
        S state = orNew(live.value());
        for (GroupEvent event : events) {
            feed(state, event, out);
        }
        store(live, state);
    }

    void advanceLive(long timeMillis, DetectorOutput out) throws Exception {
        S state = live.value();
        if (state != null && detector.nextWakeUp(state) <= timeMillis) {
            advance(state, timeMillis, out);
            store(live, state);
        }
    }

    /**
     * Folds events older than the lateness into the settled state, and lets time pass there as it did in
     * the live one; their outputs were emitted live.
     */
    void settle(List<GroupEvent> events, long horizonMillis) throws Exception {
        if (!replaysLateEvents()) {
            return;
        }
        S state = settled.value();
        if (events.isEmpty() && (state == null || detector.nextWakeUp(state) > horizonMillis)) {
            return;
        }
        state = orNew(state);
        for (GroupEvent event : events) {
            feed(state, event, Discard.INSTANCE);
        }
        advance(state, horizonMillis, Discard.INSTANCE);
        store(settled, state);
    }

    /** Rebuilds the live state from the settled one and the tail (which now holds a late event). */
    void replay(List<GroupEvent> tail, long releasedUpTo, DetectorOutput out) throws Exception {
        S settledState = settled.value();
        S state = settledState == null ? detector.newState() : serializer.copy(settledState);
        for (GroupEvent event : tail) {
            feed(state, event, out);
        }
        advance(state, releasedUpTo, out);
        store(live, state);
    }

    /** An event too old to replay: fed as it comes, to both states. */
    void feedOutOfOrder(GroupEvent event, boolean alsoSettled, DetectorOutput out) throws Exception {
        S state = orNew(live.value());
        detector.onEvent(state, event, out);
        store(live, state);
        if (alsoSettled && replaysLateEvents()) {
            S settledState = orNew(settled.value());
            detector.onEvent(settledState, event, Discard.INSTANCE);
            store(settled, settledState);
        }
    }

    /** Time reaches the event, then the event: as a timer before an event does live. */
    private void feed(S state, GroupEvent event, DetectorOutput out) {
        advance(state, event.timeMillis() - 1, out);
        detector.onEvent(state, event, out);
    }

    /** Calls {@link Detector#onTime} at each wake-up the detector asks for, up to {@code upTo}, in order. */
    private void advance(S state, long upTo, DetectorOutput out) {
        for (int guard = 0; guard < MAX_WAKE_UPS; guard++) {
            long wakeUp = detector.nextWakeUp(state);
            if (wakeUp > upTo) {
                return;
            }
            detector.onTime(state, wakeUp, out);
        }
        throw new IllegalStateException(detector.name() + " asked to be woken " + MAX_WAKE_UPS + " times without moving on");
    }

    long nextWakeUp() throws Exception {
        S state = live.value();
        return state == null ? Long.MAX_VALUE : detector.nextWakeUp(state);
    }

    /** When the settled state next needs time to pass, in its own (lateness-delayed) time. */
    long nextSettledWakeUp() throws Exception {
        S state = settled.value();
        return state == null ? Long.MAX_VALUE : detector.nextWakeUp(state);
    }

    boolean isEmpty() throws Exception {
        return live.value() == null && settled.value() == null;
    }

    void clear() {
        live.clear();
        settled.clear();
    }

    private S orNew(S state) {
        return state == null ? detector.newState() : state;
    }

    private void store(ValueState<S> target, S state) throws Exception {
        if (detector.isEmpty(state)) {
            target.clear();
        } else {
            target.update(state);
        }
    }

    /** Outputs of the settled state were emitted when the same events went through the live one. */
    private enum Discard implements DetectorOutput {
        INSTANCE;

        @Override
        public void alert(io.communitypulse.events.alert.Alert alert) {}

        @Override
        public <T> void row(org.apache.flink.util.OutputTag<T> tag, T row) {}
    }
}
