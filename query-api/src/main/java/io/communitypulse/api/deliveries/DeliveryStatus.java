package io.communitypulse.api.deliveries;

import java.time.Instant;

/**
 * Where one notifier delivery stands (the {@code delivery_status} view): an alert revision to one
 * channel, its last attempt's status, HTTP status and error.
 */
public record DeliveryStatus(String deliveryId, int revision, String channelId, String channelKind, String notice,
                             int attempts, String status, int httpStatus, long latencyMs, String error,
                             Instant firstAttemptAt, Instant lastAttemptAt) {}
