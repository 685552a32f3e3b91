package io.communitypulse.api;

import io.communitypulse.api.auth.TokenStore;
import java.time.Duration;

/** The API's settings: who may call it, and how often the alert stream polls ClickHouse. */
public record ApiConfig(TokenStore tokens, Duration alertPollInterval) {

    public static final Duration DEFAULT_ALERT_POLL_INTERVAL = Duration.ofSeconds(1);

    public static ApiConfig of(TokenStore tokens) {
        return new ApiConfig(tokens, DEFAULT_ALERT_POLL_INTERVAL);
    }
}
