package io.communitypulse.notifier.delivery;

import io.communitypulse.notifier.channel.Notification;
import java.time.Instant;

/** One row of {@code deliveries}: an attempt to deliver a notification and how it went. */
public record Attempt(Notification notification, int attempt, Status status, int httpStatus, long latencyMillis,
                      String error, Instant attemptedAt, Instant nextAttemptAt) {

    public enum Status {
        DELIVERED, RETRYING, FAILED;

        public String wireName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
