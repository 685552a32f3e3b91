package io.communitypulse.pipeline.ingest;

import io.communitypulse.events.ChatMessage;
import io.communitypulse.events.GroupSnapshot;
import io.communitypulse.events.MembershipChange;
import io.communitypulse.events.OrderEvent;
import io.communitypulse.events.RejectReason;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Routes what the sources read: chat messages on the main output, membership changes, orders and
 * group snapshots on side outputs, records rejected on arrival on the dead-letter output, and those rejected for a
 * future event time also on {@link #FUTURE_TIME}, where the clock-skew detector reads them.
 */
public final class RouteFunction extends ProcessFunction<Ingested, ChatMessage> {

    private static final long serialVersionUID = 1L;
    public static final OutputTag<MembershipChange> MEMBERSHIP = new OutputTag<>("membership") {};
    public static final OutputTag<OrderEvent> ORDERS = new OutputTag<>("orders") {};
    public static final OutputTag<GroupSnapshot> SNAPSHOTS = new OutputTag<>("snapshots") {};
    public static final OutputTag<DeadLetter> DEAD_LETTERS = new OutputTag<>("dead-letters") {};
    public static final OutputTag<Ingested> FUTURE_TIME = new OutputTag<>("future-time") {};

    @Override
    public void processElement(Ingested record, Context context, Collector<ChatMessage> out) {
        if (record.chat != null) {
            out.collect(record.chat);
        } else if (record.membership != null) {
            context.output(MEMBERSHIP, record.membership);
        } else if (record.order != null) {
            context.output(ORDERS, record.order);
        } else if (record.snapshot != null) {
            context.output(SNAPSHOTS, record.snapshot);
        } else {
            context.output(DEAD_LETTERS, record.rejected);
            if (RejectReason.FUTURE_TIME.wireName().equals(record.rejected.reason())) {
                context.output(FUTURE_TIME, record);
            }
        }
    }
}
