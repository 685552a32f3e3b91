package io.communitypulse.pipeline.timeline;

import java.io.Serializable;
import org.apache.flink.api.common.typeinfo.TypeInformation;

/**
 * A signal computed over one group's events in event-time order: state in, events in, alerts and
 * rows out. {@link Timeline} keeps the state in Flink, orders the events and calls it; the
 * detector itself is plain logic, tested without Flink.
 *
 * <p>The timeline calls {@link #onTime} at each time {@link #nextWakeUp} asks for, once event time has
 * passed it (after the events at that time, before later ones), live and when it replays the last
 * minutes after a late event alike. What a detector emits and keeps must therefore depend only on the
 * events it was fed, in order, and on those wake-ups. Emitting the same revision of an alert twice is
 * harmless (tables and consumers keep one per id and revision).
 *
 * @param <S> the state of one group: a mutable POJO that Flink can serialise and copy
 */
public interface Detector<S> extends Serializable {

    /** How a late event (one older than events already fed) reaches the detector. */
    enum LatePolicy {
        /** The timeline rebuilds the state from before the late event and feeds the events again, in order. */
        REPLAY,
        /** The late event is fed when it arrives, after later events (for order-insensitive state). */
        IN_ARRIVAL_ORDER
    }

    /** Names the detector's state; stable across releases (it is part of savepoints). */
    String name();

    TypeInformation<S> stateType();

    S newState();

    void onEvent(S state, GroupEvent event, DetectorOutput out);

    /** Event time has reached {@code timeMillis}, a wake-up this detector asked for. */
    default void onTime(S state, long timeMillis, DetectorOutput out) {}

    /** The event time at which {@link #onTime} should next be called, or {@link Long#MAX_VALUE}. */
    default long nextWakeUp(S state) {
        return Long.MAX_VALUE;
    }

    /** True when the state holds nothing worth keeping; the timeline then drops it. */
    boolean isEmpty(S state);

    default LatePolicy latePolicy() {
        return LatePolicy.REPLAY;
    }
}
