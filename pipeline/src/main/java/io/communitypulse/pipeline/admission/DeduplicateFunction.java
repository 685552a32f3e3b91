package io.communitypulse.pipeline.admission;

import io.communitypulse.events.EventJson;
import io.communitypulse.events.PulseEvent;
import io.communitypulse.events.RejectReason;
import io.communitypulse.pipeline.ingest.DeadLetter;
import java.time.Duration;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Lets each event id through once. Keyed by {@link #key(PulseEvent)}; a repeat within the horizon
 * goes to the dead-letter output as {@code duplicate}. The memory of an id is cleared once the
 * watermark passes its event time plus the horizon, so state does not grow without bound.
 */
public final class DeduplicateFunction<T extends PulseEvent> extends KeyedProcessFunction<String, T, T> {

    private static final long serialVersionUID = 1L;
    public static final OutputTag<DeadLetter> DUPLICATES = new OutputTag<>("duplicates") {};

    private final long horizonMillis;
    private final String source;
    private transient ValueState<Integer> timesSeen;

    /** @param source names the stream in dead letters, e.g. the topic */
    public DeduplicateFunction(Duration horizon, String source) {
        this.horizonMillis = horizon.toMillis();
        this.source = source;
    }

    public static String key(PulseEvent event) {
        return event.brandId() + "|" + event.eventId();
    }

    @Override
    public void open(OpenContext openContext) {
        timesSeen = getRuntimeContext().getState(new ValueStateDescriptor<>("times-seen", Types.INT));
    }

    @Override
    public void processElement(T event, Context context, Collector<T> out) throws Exception {
        Integer seen = timesSeen.value();
        if (seen == null) {
            timesSeen.update(1);
            context.timerService().registerEventTimeTimer(event.eventTime().toEpochMilli() + horizonMillis);
            out.collect(event);
            return;
        }
        timesSeen.update(seen + 1);
        // the n-th copy gets its own key, so a replay rewrites the same dead-letter rows
        context.output(DUPLICATES, DeadLetter.of(event.brandId(), "duplicate:" + context.getCurrentKey() + ":" + seen,
                source, RejectReason.DUPLICATE, "event_id " + event.eventId() + " was already received",
                EventJson.write(event), event.eventTime().toEpochMilli()));
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext context, Collector<T> out) {
        timesSeen.clear();
    }
}
