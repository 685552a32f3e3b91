package io.communitypulse.pipeline.ingest;

import io.communitypulse.events.ChatMessage;
import io.communitypulse.events.EventParser;
import io.communitypulse.events.MembershipChange;
import io.communitypulse.events.OrderEvent;
import io.communitypulse.events.ParseResult;
import io.communitypulse.events.PulseEvent;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Parses raw records into the three event kinds: chat messages on the main output, membership
 * changes and orders on side outputs, and every record it cannot parse on the dead-letter output.
 * It never throws on input.
 */
public final class ParseFunction extends ProcessFunction<RawRecord, ChatMessage> {

    private static final long serialVersionUID = 1L;
    public static final OutputTag<MembershipChange> MEMBERSHIP = new OutputTag<>("membership") {};
    public static final OutputTag<OrderEvent> ORDERS = new OutputTag<>("orders") {};
    public static final OutputTag<DeadLetter> DEAD_LETTERS = new OutputTag<>("dead-letters") {};

    private final EventParser parser = new EventParser();

    @Override
    public void processElement(RawRecord raw, Context context, Collector<ChatMessage> out) {
        ParseResult result = parser.parse(raw.text());
        if (result instanceof ParseResult.Rejected rejected) {
            context.output(DEAD_LETTERS, DeadLetter.of(raw, rejected.rejection()));
            return;
        }
        PulseEvent event = ((ParseResult.Accepted) result).event();
        if (event instanceof ChatMessage message) {
            out.collect(message);
        } else if (event instanceof MembershipChange change) {
            context.output(MEMBERSHIP, change);
        } else if (event instanceof OrderEvent order) {
            context.output(ORDERS, order);
        }
    }
}
