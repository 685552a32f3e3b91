package io.communitypulse.api.alerts;

import io.communitypulse.events.alert.Alert;
import io.communitypulse.api.clickhouse.ClickHouseUnavailable;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One poller for all alert streams: each tick reads every alert's highest revision, compares it with
 * what it saw before, and publishes the current row of each new alert and each new revision. The
 * first successful tick only learns what exists, so streams carry changes, not history (the
 * dashboard loads history from {@code GET /api/alerts}).
 */
public final class AlertPoller implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AlertPoller.class);
    private static final Duration HEARTBEAT_INTERVAL = Duration.ofSeconds(15);

    private final AlertRepository alerts;
    private final AlertSubscribers subscribers;
    private final Duration interval;
    private final Map<AlertKey, Long> seenRevisions = new HashMap<>();
    private ScheduledExecutorService executor;
    private boolean primed;
    private long ticksSinceHeartbeat;

    public AlertPoller(AlertRepository alerts, AlertSubscribers subscribers, Duration interval) {
        this.alerts = alerts;
        this.subscribers = subscribers;
        this.interval = interval;
    }

    /** Learns the current revisions now (when ClickHouse answers), then polls in the background. */
    public synchronized void start() {
        tick();
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "alert-poller");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::tick, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** One poll; public so that a caller can drive it directly. */
    public synchronized void tick() {
        try {
            Map<AlertKey, Long> revisions = alerts.revisions();
            List<AlertKey> changed = revisions.entrySet().stream()
                    .filter(entry -> !entry.getValue().equals(seenRevisions.get(entry.getKey())))
                    .map(Map.Entry::getKey)
                    .toList();
            if (primed) {
                for (Alert alert : alerts.current(changed)) {
                    subscribers.publish(alert);
                }
            }
            seenRevisions.putAll(revisions);
            primed = true;
            heartbeatWhenDue();
        } catch (ClickHouseUnavailable e) {
            LOG.warn("alert poll failed, retrying in {}: {}", interval, e.getMessage());
        } catch (RuntimeException e) {
            // a failing poll must not cancel the schedule
            LOG.error("alert poll failed", e);
        }
    }

    private void heartbeatWhenDue() {
        ticksSinceHeartbeat++;
        if (ticksSinceHeartbeat * interval.toMillis() >= HEARTBEAT_INTERVAL.toMillis()) {
            ticksSinceHeartbeat = 0;
            subscribers.heartbeat();
        }
    }

    @Override
    public synchronized void close() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
        subscribers.closeAll();
    }
}
