package io.communitypulse.pipeline.timeline;

import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.util.OutputTag;

/** A test detector: counts a group's messages and emits "message id #n" as a row for each. */
final class MessageCounter implements Detector<MessageCounter.Count> {

    static final OutputTag<String> ROWS = new OutputTag<>("counted") {};

    private final LatePolicy policy;

    MessageCounter(LatePolicy policy) {
        this.policy = policy;
    }

    /** The state: a Flink POJO. */
    public static final class Count {
        public long messages;

        public Count() {}
    }

    @Override
    public String name() {
        return "message-counter";
    }

    @Override
    public TypeInformation<Count> stateType() {
        return TypeInformation.of(Count.class);
    }

    @Override
    public Count newState() {
        return new Count();
    }

    @Override
    public void onEvent(Count state, GroupEvent event, DetectorOutput out) {
        state.messages++;
        out.row(ROWS, event.eventId() + " #" + state.messages);
    }

    @Override
    public boolean isEmpty(Count state) {
        return false;
    }

    @Override
    public LatePolicy latePolicy() {
        return policy;
    }
}
