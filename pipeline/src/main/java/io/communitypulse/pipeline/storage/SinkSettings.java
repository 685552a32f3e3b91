package io.communitypulse.pipeline.storage;

import java.io.Serializable;
import java.time.Duration;
import java.util.Properties;

/**
 * How the ClickHouse sinks batch and how long they ride out an unreachable or frozen server.
 *
 * @param batchSize      rows buffered per table before an insert
 * @param flushInterval  the longest a buffered row waits for its insert
 * @param retryFor       how long one insert is retried (with backoff) before the task fails and Flink's
 *                       restart strategy takes over from the last checkpoint
 * @param connectTimeout how long opening a connection may take
 * @param socketTimeout  how long a request may wait for the server's answer: a frozen server becomes an
 *                       error after this, not a block
 */
public record SinkSettings(int batchSize, Duration flushInterval, Duration retryFor, Duration connectTimeout,
                           Duration socketTimeout) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** 5,000 rows or 0.5 s; retried for 5 minutes; 10 s to connect, 60 s for an answer. */
    public static final SinkSettings DEFAULTS = new SinkSettings(5_000, Duration.ofMillis(500), Duration.ofMinutes(5),
            Duration.ofSeconds(10), Duration.ofSeconds(60));

    public SinkSettings {
        if (batchSize < 1) {
            throw new IllegalArgumentException("the batch size must be at least 1, was " + batchSize);
        }
        requirePositive("flush interval", flushInterval);
        requirePositive("retry time", retryFor);
        requirePositive("connect timeout", connectTimeout);
        requirePositive("socket timeout", socketTimeout);
    }

    public SinkSettings withRetryFor(Duration value) {
        return new SinkSettings(batchSize, flushInterval, value, connectTimeout, socketTimeout);
    }

    public SinkSettings withTimeouts(Duration connect, Duration socket) {
        return new SinkSettings(batchSize, flushInterval, retryFor, connect, socket);
    }

    public SinkSettings withBatching(int rows, Duration interval) {
        return new SinkSettings(rows, interval, retryFor, connectTimeout, socketTimeout);
    }

    /**
     * The clickhouse-jdbc (0.11, client v2) connection properties: the timeouts in milliseconds, and none of the
     * client's own quick retries ({@code retry}, 3 by default), since {@link RetryingInsert} retries over minutes.
     */
    Properties connectionProperties() {
        Properties properties = new Properties();
        properties.setProperty("retry", "0");
        properties.setProperty("connection_timeout", Long.toString(connectTimeout.toMillis()));
        properties.setProperty("socket_timeout", Long.toString(socketTimeout.toMillis()));
        return properties;
    }

    private static void requirePositive(String name, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("the " + name + " must be positive, was " + value);
        }
    }
}
