package io.communitypulse.notifier.routing;

import io.communitypulse.events.alert.Alert;
import io.communitypulse.events.alert.AlertState;
import io.communitypulse.notifier.channel.Notice;
import java.time.Instant;
import java.util.Optional;

/**
 * Which revisions of an alert a route sends (noise control), as Alertmanager does it: on open, on a
 * severity step no sooner than the minimum interval after the last notice, on resolve, and as a
 * reminder after the repeat interval; never a revision at or below one already sent (so a replay
 * after a restart sends nothing twice). Quiet hours delay, never drop. Pure: the caller passes the
 * time and what was sent.
 */
public final class NoticePolicy {

    private NoticePolicy() {}

    public static Optional<Decision> decide(Alert alert, Route route, Sent last, OperatorState operator, Instant now) {
        if (last != null && alert.revision() <= last.revision()) {
            return Optional.empty();
        }
        if (alert.state() == AlertState.ENDED || alert.state() == AlertState.SUPERSEDED) {
            // an alert nobody was told about needs no resolve; one already resolved needs no second
            return last == null || last.resolved() ? Optional.empty() : Optional.of(new Decision(Notice.RESOLVED, now));
        }
        if (operator.kind() == OperatorState.Kind.RESOLVED) {
            return Optional.empty();
        }
        if (last == null) {
            return alert.severity() >= route.minSeverity()
                    ? Optional.of(new Decision(Notice.OPENED, release(route, now, alert)))
                    : Optional.empty();
        }
        if (last.resolved() || operator.snoozedAt(now)) {
            return Optional.empty();
        }
        if (alert.severity() >= last.severity() + route.severityStep()) {
            Instant earliest = last.at().plus(route.minInterval());
            Instant due = release(route, earliest.isAfter(now) ? earliest : now, alert);
            return Optional.of(new Decision(Notice.UPDATED, due));
        }
        boolean reminderDue = !route.repeatInterval().isZero() && !now.isBefore(last.at().plus(route.repeatInterval()));
        if (reminderDue && !operator.acknowledged()) {
            return Optional.of(new Decision(Notice.REMINDER, release(route, now, alert)));
        }
        return Optional.empty();
    }

    private static Instant release(Route route, Instant when, Alert alert) {
        return route.quietHours() == null ? when : route.quietHours().releaseTime(when, alert.severity());
    }
}
