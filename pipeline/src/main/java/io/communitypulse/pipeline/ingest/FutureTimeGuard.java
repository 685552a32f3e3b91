package io.communitypulse.pipeline.ingest;

import io.communitypulse.events.ChatMessage;
import io.communitypulse.events.GroupSnapshot;
import io.communitypulse.events.PulseEvent;
import io.communitypulse.events.RejectReason;
import io.communitypulse.events.Rejection;
import java.io.Serializable;
import java.time.Duration;
import java.util.Optional;

/**
 * Rejects an event dated more than {@code maxClockSkew} after the moment it reached the pipeline:
 * a producer whose clock runs ahead would otherwise move event time forward for every tenant and
 * make their events late. The reason is {@code future_time}; the record is kept in dead letters.
 */
public final class FutureTimeGuard implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long maxSkewMillis;

    public FutureTimeGuard(Duration maxClockSkew) {
        this.maxSkewMillis = maxClockSkew.toMillis();
    }

    public Optional<Rejection> check(PulseEvent event, long nowMillis) {
        long eventTime = event.eventTime().toEpochMilli();
        if (eventTime <= nowMillis + maxSkewMillis) {
            return Optional.empty();
        }
        // the arrival time itself stays out of the text, so a replay writes the same dead letter
        String field = event instanceof ChatMessage ? "sent_at" : event instanceof GroupSnapshot ? "taken_at" : "occurred_at";
        return Optional.of(new Rejection(RejectReason.FUTURE_TIME, field + " " + event.eventTime()
                + " is more than " + describe(maxSkewMillis) + " ahead of the pipeline's clock when it arrived:"
                + " the producer's clock runs ahead", event.brandId()));
    }

    private static String describe(long millis) {
        return millis % 60_000 == 0 ? millis / 60_000 + " min" : millis / 1000 + " s";
    }
}
