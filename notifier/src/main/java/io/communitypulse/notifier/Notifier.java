package io.communitypulse.notifier;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.communitypulse.events.alert.Alert;
import io.communitypulse.events.alert.AlertJson;
import io.communitypulse.notifier.channel.Channel;
import io.communitypulse.notifier.channel.Notice;
import io.communitypulse.notifier.channel.Notification;
import io.communitypulse.notifier.delivery.ChannelWorker;
import io.communitypulse.notifier.delivery.DeliveryLog;
import io.communitypulse.notifier.delivery.HttpSender;
import io.communitypulse.notifier.kafka.AlertConsumer;
import io.communitypulse.notifier.kafka.OffsetTracker;
import io.communitypulse.notifier.routing.Decision;
import io.communitypulse.notifier.routing.NoticePolicy;
import io.communitypulse.notifier.routing.OperatorState;
import io.communitypulse.notifier.routing.OperatorStates;
import io.communitypulse.notifier.routing.Route;
import io.communitypulse.notifier.routing.Sent;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The notifier: reads alert revisions from Kafka, decides per route and channel which to send
 * ({@link NoticePolicy}), and hands them to one {@link ChannelWorker} per channel, which delivers,
 * rate-limits, retries and logs each attempt in {@code deliveries}. A record's offset is committed
 * once every notification it caused is delivered or has failed for good.
 */
public final class Notifier implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Notifier.class);
    /** How far back the deliveries table is read at start-up to know what was sent. */
    private static final Duration REMEMBER = Duration.ofDays(7);

    private final NotifierConfig config;
    private final Clock clock;
    private final DeliveryLog log;
    private final OperatorStates operators;
    private final Map<String, ChannelWorker> workers = new LinkedHashMap<>();
    private final Map<String, Sent> sent = new HashMap<>();
    private final AlertConsumer consumer;

    private Notifier(NotifierConfig config, Clock clock) throws SQLException {
        this.config = config;
        this.clock = clock;
        this.log = new DeliveryLog(config.jdbc());
        this.operators = new OperatorStates(config.jdbc());
        this.sent.putAll(log.sentSince(clock.instant().minus(REMEMBER)));
        HttpSender sender = new HttpSender(config.httpTimeout());
        for (Channel channel : config.channels().values()) {
            workers.put(channel.id(), new ChannelWorker(channel, config.backoff(), sender, log::record, clock).start());
        }
        this.consumer = new AlertConsumer(config.kafka(), config.consumerGroup(), config.startFrom(), this::handle);
    }

    /** Starts reading {@code pulse.alerts}; fails when ClickHouse does not answer (the deliveries table is needed). */
    public static Notifier start(NotifierConfig config, Clock clock) throws SQLException {
        Notifier notifier = new Notifier(config, clock);
        notifier.consumer.start();
        LOG.info("notifier started: {} channel(s), {} route(s) for brands {}", config.channels().size(),
                config.routes().size(), config.brands());
        return notifier;
    }

    /** Waits until Kafka has assigned the topic's partitions, so alerts published from now on are read. */
    public boolean awaitAssignment(Duration timeout) throws InterruptedException {
        return consumer.awaitAssignment(timeout);
    }

    /** Notifications waiting in channel queues, and records whose offsets cannot be committed yet. */
    public String backlog() {
        int waiting = workers.values().stream().mapToInt(ChannelWorker::waiting).sum();
        return waiting + " waiting, " + consumer.openRecords() + " record(s) open, " + log.backlog() + " attempt(s) to log";
    }

    private void handle(String value, int partition, long offset, OffsetTracker tracker) {
        Alert alert;
        try {
            alert = AlertJson.read(value);
        } catch (JsonProcessingException | RuntimeException e) {
            LOG.warn("skipping alert record {}:{} that is not an alert: {}", partition, offset, e.getMessage());
            return;
        }
        OperatorState operator = null;
        Instant now = clock.instant();
        for (Route route : config.routes()) {
            if (!route.matches(alert)) {
                continue;
            }
            if (operator == null) {
                operator = operators.of(alert.brandId(), alert.alertId());
            }
            for (String channelId : route.channelIds()) {
                String key = DeliveryLog.key(channelId, alert.brandId(), alert.alertId());
                Decision decision = NoticePolicy.decide(alert, route, sent.get(key), operator, now).orElse(null);
                if (decision == null) {
                    continue;
                }
                sent.put(key, new Sent(alert.revision(), alert.severity(), decision.notBefore(),
                        decision.notice() == Notice.RESOLVED));
                ChannelWorker worker = workers.get(channelId);
                tracker.retain(partition, offset);
                worker.offer(new Notification(alert, decision.notice(), worker.channel(), alertLink(alert)),
                        decision.notBefore(), () -> tracker.release(partition, offset));
            }
        }
    }

    private URI alertLink(Alert alert) {
        String base = config.dashboardUrl().toString().replaceAll("/+$", "");
        return URI.create(base + "/alert.html?id=" + URLEncoder.encode(alert.alertId(), StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        consumer.close();
        workers.values().forEach(ChannelWorker::close);
        log.close();
    }
}
