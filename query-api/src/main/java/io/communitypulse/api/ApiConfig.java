package io.communitypulse.api;

import io.communitypulse.api.auth.TokenStore;
import java.time.Clock;
import java.time.Duration;

/** The API's settings: who may call it, how often the alert stream polls ClickHouse, and the clock actions are dated by. */
public record ApiConfig(TokenStore tokens, Duration alertPollInterval, Clock clock) {

    public static final Duration DEFAULT_ALERT_POLL_INTERVAL = Duration.ofSeconds(1);

    public ApiConfig(TokenStore tokens, Duration alertPollInterval) {
        this(tokens, alertPollInterval, Clock.systemUTC());
    }

    public static ApiConfig of(TokenStore tokens) {
        return new ApiConfig(tokens, DEFAULT_ALERT_POLL_INTERVAL);
    }
}
