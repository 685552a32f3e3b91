package io.communitypulse.pipeline.admission;

import io.communitypulse.events.EventJson;
import io.communitypulse.events.PulseEvent;
import io.communitypulse.events.RejectReason;
import io.communitypulse.pipeline.ingest.DeadLetter;
import java.time.Duration;
import java.time.Instant;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Sends events that arrive after their minute can no longer be corrected (older than the watermark
 * minus the allowed lateness) to the dead-letter output as {@code too_late}, instead of letting
 * the windows drop them silently.
 */
public final class LateEventFilter<T extends PulseEvent> extends ProcessFunction<T, T> {

    private static final long serialVersionUID = 1L;
    public static final OutputTag<DeadLetter> TOO_LATE = new OutputTag<>("too-late") {};

    private final long allowedLatenessMillis;
    private final String source;

    public LateEventFilter(Duration allowedLateness, String source) {
        this.allowedLatenessMillis = allowedLateness.toMillis();
        this.source = source;
    }

    @Override
    public void processElement(T event, Context context, Collector<T> out) {
        long watermark = context.timerService().currentWatermark();
        long eventTime = event.eventTime().toEpochMilli();
        if (watermark == Long.MIN_VALUE || eventTime >= watermark - allowedLatenessMillis) {
            out.collect(event);
            return;
        }
        context.output(TOO_LATE, DeadLetter.of(event.brandId(), "too_late:" + DeduplicateFunction.key(event), source,
                RejectReason.TOO_LATE, "event time " + event.eventTime() + " is more than " + allowedLatenessMillis / 1000
                        + " s behind the watermark " + Instant.ofEpochMilli(watermark),
                EventJson.write(event), eventTime));
    }
}
