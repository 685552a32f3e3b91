package io.communitypulse.api.actions;

import java.time.Instant;

/**
 * The optional body of an action, as documented (read by {@link ActionRequest}): a comment (required for
 * {@code comment}), and for {@code snooze} either {@code until} or {@code minutes}.
 */
public record ActionBody(String comment, Instant until, Integer minutes) {}
