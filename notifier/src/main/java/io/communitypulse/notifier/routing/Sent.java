package io.communitypulse.notifier.routing;

import java.time.Instant;

/** The last notice scheduled for an alert on a channel: what the next decision compares with. */
public record Sent(int revision, int severity, Instant at, boolean resolved) {}
