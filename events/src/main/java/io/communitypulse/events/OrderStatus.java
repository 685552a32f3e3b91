package io.communitypulse.events;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The state an order event reports. */
public enum OrderStatus {
    @JsonProperty("paid") PAID,
    @JsonProperty("refunded") REFUNDED,
    @JsonProperty("cancelled") CANCELLED;

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
