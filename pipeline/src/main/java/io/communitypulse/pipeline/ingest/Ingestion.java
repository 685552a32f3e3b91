package io.communitypulse.pipeline.ingest;

import io.communitypulse.events.EventParser;
import io.communitypulse.events.ParseResult;
import io.communitypulse.events.PulseEvent;
import io.communitypulse.events.Rejection;
import java.io.Serializable;
import java.util.Optional;

/**
 * What happens to a raw record as it arrives: it is parsed and validated, and an event dated
 * further ahead of the pipeline's clock than the allowed skew is set aside as {@code future_time},
 * so that no producer's clock can move event time for anyone else.
 */
public final class Ingestion implements Serializable {

    private static final long serialVersionUID = 1L;

    private final EventParser parser = new EventParser();
    private final FutureTimeGuard futureTime;

    public Ingestion(FutureTimeGuard futureTime) {
        this.futureTime = futureTime;
    }

    /** @param nowMillis the pipeline's clock as the record arrives */
    public Ingested read(RawRecord raw, long nowMillis) {
        ParseResult result = parser.parse(raw.text());
        if (result instanceof ParseResult.Rejected rejected) {
            return Ingested.rejected(DeadLetter.of(raw, rejected.rejection()), 0, nowMillis);
        }
        PulseEvent event = ((ParseResult.Accepted) result).event();
        Optional<Rejection> future = futureTime.check(event, nowMillis);
        if (future.isPresent()) {
            return Ingested.rejected(DeadLetter.of(raw, future.get()), event.eventTime().toEpochMilli(), nowMillis);
        }
        return Ingested.accepted(event, nowMillis);
    }
}
