package io.communitypulse.notifier.routing;

import java.time.Instant;

/**
 * What operators made of an alert (its latest ack, resolve, snooze or reopen in {@code alert_actions}):
 * a resolved alert gets no more notices; a snoozed one none until the snooze ends; an acknowledged
 * one no reminders.
 */
public record OperatorState(Kind kind, Instant snoozedUntil) {

    public enum Kind { NONE, ACKED, SNOOZED, RESOLVED }

    public static final OperatorState NONE = new OperatorState(Kind.NONE, null);

    public boolean snoozedAt(Instant now) {
        return kind == Kind.SNOOZED && snoozedUntil != null && now.isBefore(snoozedUntil);
    }

    /** A snooze that ran out leaves the alert acknowledged: someone has seen it. */
    public boolean acknowledged() {
        return kind == Kind.ACKED || kind == Kind.SNOOZED;
    }
}
