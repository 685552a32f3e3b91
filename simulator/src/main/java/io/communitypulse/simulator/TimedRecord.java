package io.communitypulse.simulator;

import io.communitypulse.events.EventJson;
import io.communitypulse.events.PulseEvent;
import io.communitypulse.events.RejectReason;
import java.time.Instant;

/**
 * One record of the simulated stream and the simulated instant it is sent at. A late record is
 * sent after its event time; a duplicate repeats an earlier record byte for byte.
 */
public sealed interface TimedRecord permits TimedRecord.Event, TimedRecord.Malformed {

    /** When the record is sent, in simulated time; the stream is ordered by it. */
    Instant emitAt();

    /** The record as it goes on the wire: one JSON line, or the raw bad bytes. */
    String line();

    enum Delivery { ON_TIME, LATE, DUPLICATE }

    record Event(Instant emitAt, PulseEvent event, Delivery delivery) implements TimedRecord {
        @Override
        public String line() {
            return EventJson.write(event);
        }
    }

    /**
     * A record the pipeline must dead-letter.
     *
     * @param expected the reason {@code EventParser} gives for it
     */
    record Malformed(Instant emitAt, String raw, String brandId, RejectReason expected) implements TimedRecord {
        @Override
        public String line() {
            return raw;
        }
    }
}
