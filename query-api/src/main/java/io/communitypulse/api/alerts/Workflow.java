package io.communitypulse.api.alerts;

import java.time.Instant;
import java.util.Locale;

/**
 * What operators made of an alert, from its latest ack, resolve, snooze or reopen in
 * {@code alert_actions}: {@code status} is the inbox it sits in (open, acked, snoozed, resolved);
 * a snooze that has run out leaves it acked. The detector's view stays in the alert's {@code state}.
 */
public record Workflow(String status, String by, Instant at, Instant snoozedUntil) {

    public enum Status {
        OPEN, ACKED, SNOOZED, RESOLVED;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public static final Workflow UNTOUCHED = new Workflow(Status.OPEN.wireName(), null, null, null);

    /** From the latest state-changing action ('' when none), judged at {@code now}. */
    public static Workflow of(String lastAction, String by, Instant at, Instant snoozedUntil, Instant now) {
        Status status = switch (lastAction) {
            case "ack" -> Status.ACKED;
            case "resolve" -> Status.RESOLVED;
            case "snooze" -> snoozedUntil != null && snoozedUntil.isAfter(now) ? Status.SNOOZED : Status.ACKED;
            default -> Status.OPEN;
        };
        if (lastAction.isEmpty()) {
            return UNTOUCHED;
        }
        return new Workflow(status.wireName(), by, at, status == Status.SNOOZED ? snoozedUntil : null);
    }

    /** The same judgement in SQL over the columns of {@link AlertRepository}'s join, with {@code now} as a parameter. */
    static final String STATUS_SQL = "multiIf(last_action = 'resolve', 'resolved',"
            + " last_action = 'snooze' AND snoozed_until_ms > ?, 'snoozed',"
            + " last_action IN ('ack', 'snooze'), 'acked', 'open')";
}
