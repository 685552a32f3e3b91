package io.communitypulse.api.actions;

import java.time.Instant;

/** One row of the audit trail {@code alert_actions}: who did what to which alert revision, and when. */
public record AlertAction(String actionId, String brandId, String alertId, int revision, String action, String actor,
                          String role, Instant at, Instant snoozedUntil, String comment) {}
