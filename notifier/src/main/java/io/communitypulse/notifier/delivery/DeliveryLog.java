package io.communitypulse.notifier.delivery;

import io.communitypulse.notifier.routing.Sent;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code deliveries} table: every attempt is written (in batches, by a thread of its own, so a slow
 * ClickHouse never holds a delivery up; a failed insert is kept and tried again), and at start-up it
 * tells what was already sent, so a replay of the topic sends nothing twice.
 */
public final class DeliveryLog implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryLog.class);
    private static final String INSERT = """
            INSERT INTO deliveries (delivery_id, brand_id, alert_id, revision, alert_type, severity, notice, channel_id,
              channel_kind, attempt, status, http_status, latency_ms, error, attempted_at, next_attempt_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;
    private static final Duration FLUSH_INTERVAL = Duration.ofMillis(200);

    private final String jdbcUrl;
    private final LinkedBlockingQueue<Attempt> pending = new LinkedBlockingQueue<>();
    private final List<Attempt> unwritten = new ArrayList<>();
    private final Thread writer;
    private volatile boolean running = true;

    public DeliveryLog(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
        this.writer = new Thread(this::writeLoop, "notifier-delivery-log");
        this.writer.setDaemon(true);
        this.writer.start();
    }

    public void record(Attempt attempt) {
        pending.add(attempt);
    }

    /**
     * The last notice that reached a final status per channel and alert (key {@code channel/brand/alert}),
     * from attempts since {@code since}: what the notice policy compares new revisions with.
     */
    public Map<String, Sent> sentSince(Instant since) throws SQLException {
        String sql = """
                SELECT channel_id, brand_id, alert_id, max(revision) AS last_revision,
                       argMax(severity, revision) AS last_severity, toUnixTimestamp64Milli(max(attempted_at)) AS at_ms,
                       max(notice = 'resolved') AS resolved
                FROM deliveries FINAL
                WHERE status IN ('delivered', 'failed') AND attempted_at >= fromUnixTimestamp64Milli(?, 'UTC')
                GROUP BY channel_id, brand_id, alert_id
                """;
        Map<String, Sent> sent = new HashMap<>();
        try (Connection connection = DriverManager.getConnection(jdbcUrl);
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, since.toEpochMilli());
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    sent.put(key(rows.getString("channel_id"), rows.getString("brand_id"), rows.getString("alert_id")),
                            new Sent(rows.getInt("last_revision"), rows.getInt("last_severity"),
                                    Instant.ofEpochMilli(rows.getLong("at_ms")), rows.getInt("resolved") == 1));
                }
            }
        }
        return sent;
    }

    public static String key(String channelId, String brandId, String alertId) {
        return channelId + "/" + brandId + "/" + alertId;
    }

    /** Attempts not yet in the table. */
    public int backlog() {
        synchronized (unwritten) {
            return pending.size() + unwritten.size();
        }
    }

    private void writeLoop() {
        while (running || !pending.isEmpty()) {
            try {
                Attempt first = pending.poll(FLUSH_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
                synchronized (unwritten) {
                    if (first != null) {
                        unwritten.add(first);
                    }
                    pending.drainTo(unwritten);
                    if (!unwritten.isEmpty()) {
                        write(unwritten);
                        unwritten.clear();
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (SQLException e) {
                LOG.warn("cannot write {} delivery attempt(s) to ClickHouse yet, keeping them: {}", unwritten.size(), e.getMessage());
                pause();
            }
        }
    }

    private void write(List<Attempt> attempts) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl);
             PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (Attempt attempt : attempts) {
                var notification = attempt.notification();
                var alert = notification.alert();
                insert.setString(1, notification.deliveryId());
                insert.setString(2, alert.brandId());
                insert.setString(3, alert.alertId());
                insert.setInt(4, alert.revision());
                insert.setString(5, alert.type());
                insert.setInt(6, alert.severity());
                insert.setString(7, notification.notice().wireName());
                insert.setString(8, notification.channel().id());
                insert.setString(9, notification.channel().kind().wireName());
                insert.setInt(10, attempt.attempt());
                insert.setString(11, attempt.status().wireName());
                insert.setInt(12, attempt.httpStatus());
                insert.setLong(13, attempt.latencyMillis());
                insert.setString(14, attempt.error());
                insert.setTimestamp(15, Timestamp.from(attempt.attemptedAt()));
                if (attempt.nextAttemptAt() == null) {
                    insert.setNull(16, Types.TIMESTAMP);
                } else {
                    insert.setTimestamp(16, Timestamp.from(attempt.nextAttemptAt()));
                }
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private void pause() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        running = false;
        try {
            writer.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
