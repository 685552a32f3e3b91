package io.communitypulse.events;

import java.time.Instant;

/**
 * The event times contract v1 accepts, from 2000 up to 2100 (UTC). Outside it, a time is usually a
 * producer's epoch conversion gone wrong, and the hint says which way when the value shows it.
 */
final class InstantRange {

    static final String RANGE = "2000-01-01T00:00:00Z..2100-01-01T00:00:00Z";
    private static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("2100-01-01T00:00:00Z");
    /** Epoch seconds of 2000..2100 read as milliseconds land in the first weeks of 1970. */
    private static final Instant SECONDS_READ_AS_MILLIS = Instant.ofEpochMilli(LATEST.getEpochSecond());
    /** Epoch milliseconds of 2000..2100 read as seconds land after the year 30000. */
    private static final Instant MILLIS_READ_AS_SECONDS = Instant.ofEpochSecond(EARLIEST.toEpochMilli());

    private InstantRange() {}

    static boolean contains(Instant value) {
        return !value.isBefore(EARLIEST) && value.isBefore(LATEST);
    }

    static String hint(Instant value) {
        if (!value.isBefore(Instant.EPOCH) && value.isBefore(SECONDS_READ_AS_MILLIS)) {
            return " (epoch seconds converted as milliseconds?)";
        }
        if (!value.isBefore(MILLIS_READ_AS_SECONDS)) {
            return " (epoch milliseconds converted as seconds?)";
        }
        return "";
    }
}
