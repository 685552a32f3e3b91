package io.communitypulse.api.activity;

import io.javalin.http.BadRequestResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The half-open range [from, to) of minutes to return: a day unless the caller gives both ends,
 * at most {@link #MAX_SPAN}.
 */
public record ActivityRange(Instant from, Instant to) {

    public static final Duration DEFAULT_SPAN = Duration.ofHours(24);
    public static final Duration MAX_SPAN = Duration.ofDays(31);

    /** The caller's range; at least one end is present, a missing one is a day from the other. */
    public static ActivityRange of(Optional<Instant> from, Optional<Instant> to) {
        Instant end = to.orElseGet(() -> from.orElseThrow().plus(DEFAULT_SPAN));
        Instant start = from.orElseGet(() -> end.minus(DEFAULT_SPAN));
        if (!start.isBefore(end)) {
            throw new BadRequestResponse("parameter 'from' must be before 'to'");
        }
        if (Duration.between(start, end).compareTo(MAX_SPAN) > 0) {
            throw new BadRequestResponse("parameters 'from' and 'to' may span at most " + MAX_SPAN.toDays() + " days");
        }
        return new ActivityRange(start, end);
    }

    /**
     * The day up to and including the newest minute present: anchored at the data, not the wall
     * clock, because event time may be simulated or replayed.
     */
    public static ActivityRange dayEndingWith(Instant newestMinute) {
        Instant end = newestMinute.plus(1, ChronoUnit.MINUTES);
        return new ActivityRange(end.minus(DEFAULT_SPAN), end);
    }
}
