package io.communitypulse.notifier.routing;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * Hours in which a route sends nothing below {@code unlessSeverityAtLeast}: what is due then waits in
 * the queue until they end (nothing is dropped). {@code from} may be after {@code to} (22:00–08:00).
 */
public record QuietHours(LocalTime from, LocalTime to, ZoneId zone, int unlessSeverityAtLeast) {

    public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    /** When a notice of this severity may go out: now, or the end of the quiet hours it falls in. */
    public Instant releaseTime(Instant now, int severity) {
        return end(now).filter(end -> severity < unlessSeverityAtLeast).orElse(now);
    }

    /** The end of the quiet period {@code now} is in, if it is in one. */
    Optional<Instant> end(Instant now) {
        if (from.equals(to)) {
            return Optional.empty();
        }
        ZonedDateTime local = now.atZone(zone);
        LocalTime time = local.toLocalTime();
        boolean overnight = from.isAfter(to);
        boolean quiet = overnight ? !time.isBefore(from) || time.isBefore(to) : !time.isBefore(from) && time.isBefore(to);
        if (!quiet) {
            return Optional.empty();
        }
        ZonedDateTime end = local.with(to);
        if (!end.isAfter(local)) {
            end = end.plusDays(1);
        }
        return Optional.of(end.toInstant());
    }
}
