package io.communitypulse.api;

import io.communitypulse.api.auth.TokenStore;
import java.time.Clock;
import java.time.Duration;

/**
 * The API's settings: who may call it; the Kafka bootstrap servers the live stream reads
 * {@code pulse.alerts} from (null: no live stream, it answers 503), its heartbeat and how many records
 * per partition it keeps for clients that reconnect; and the clock operators' actions are dated by.
 */
public record ApiConfig(TokenStore tokens, String kafkaBootstrap, Duration heartbeat, int streamBufferPerPartition,
                        Clock clock) {

    public static final Duration DEFAULT_HEARTBEAT = Duration.ofSeconds(15);
    public static final int DEFAULT_STREAM_BUFFER = 1000;

    public static ApiConfig of(TokenStore tokens, String kafkaBootstrap) {
        return new ApiConfig(tokens, kafkaBootstrap, DEFAULT_HEARTBEAT, DEFAULT_STREAM_BUFFER, Clock.systemUTC());
    }

    public ApiConfig withClock(Clock newClock) {
        return new ApiConfig(tokens, kafkaBootstrap, heartbeat, streamBufferPerPartition, newClock);
    }
}
