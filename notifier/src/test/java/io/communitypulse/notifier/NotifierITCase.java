package io.communitypulse.notifier;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.communitypulse.events.Topics;
import io.communitypulse.events.alert.Alert;
import io.communitypulse.events.alert.AlertJson;
import io.communitypulse.events.alert.AlertState;
import io.communitypulse.notifier.channel.Channel;
import io.communitypulse.notifier.channel.ChannelKind;
import io.communitypulse.notifier.delivery.Backoff;
import io.communitypulse.notifier.routing.Route;
import io.communitypulse.testing.ClickHouseExtension;
import io.communitypulse.testing.KafkaExtension;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The notifier end to end: the real Kafka topic, the real deliveries table, real HTTP receivers. */
class NotifierITCase {

    @RegisterExtension
    static final ClickHouseExtension clickHouse = new ClickHouseExtension();
    @RegisterExtension
    final KafkaExtension kafka = new KafkaExtension();

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String SECRET = "whsec-it";
    private static final ObjectMapper JSON = new ObjectMapper();

    private Receiver receiver;
    @BeforeEach
    void start() {
        kafka.createTopics(List.of(Topics.ALERTS), 3);
        receiver = Receiver.start("");
    }

    @AfterEach
    void stop() {
        receiver.close();
    }

    private NotifierConfig config(String group, String startFrom, Channel channel, Duration minInterval) {
        Route route = new Route(Alerts.BRAND, List.of(channel.id()), Set.of("negative_cascade"), Set.of(), 4, 2,
                minInterval, Duration.ZERO, null);
        return new NotifierConfig(kafka.bootstrapServers(), clickHouse.jdbcUrl(), URI.create("http://127.0.0.1:7070"), group,
                startFrom, Map.of(channel.id(), channel), List.of(route),
                new Backoff(20, Duration.ofMillis(100), Duration.ofMillis(400)), Duration.ofSeconds(5));
    }

    private Channel webhook(String id) {
        return new Channel(id, ChannelKind.WEBHOOK, receiver.url("/hook"), SECRET, "zh", null);
    }

    private Notifier started(NotifierConfig config) throws Exception {
        Notifier notifier = Notifier.start(config, Clock.systemUTC());
        assertThat(notifier.awaitAssignment(WAIT)).as("partitions assigned").isTrue();
        return notifier;
    }

    /** A notifier that has announced the first revision of {@code alertId} on a webhook. */
    private Notifier startedWithOpened(String alertId, String group, String channelId) throws Exception {
        Notifier notifier = started(config(group, "latest", webhook(channelId), Duration.ZERO));
        publish(Alerts.cascade(alertId, 1, 4, AlertState.OPEN));
        receiver.await(1, WAIT);
        return notifier;
    }

    private void publish(Alert alert) throws Exception {
        kafka.send(Topics.ALERTS, alert.alertId(), AlertJson.write(alert));
    }

    private static JsonNode json(Receiver.Received request) throws Exception {
        return JSON.readTree(request.body());
    }

    private static List<Receiver.Received> about(String alertId, List<Receiver.Received> requests) {
        return requests.stream().filter(r -> r.header("X-Pulse-Delivery").startsWith(alertId + "/")).toList();
    }

    @Test
    void shouldSendOpenThenASeverityStepThenResolve_andLogEachAttempt() throws Exception {
        String id = "nc-aaaaaaaaaaaaaaaaaaa1";
        try (Notifier notifier = startedWithOpened(id, "g-lifecycle", "hook-1")) {
            publish(Alerts.cascade(id, 2, 5, AlertState.GROWING));
            publish(Alerts.cascade(id, 3, 6, AlertState.GROWING));
            receiver.await(2, WAIT);
            publish(Alerts.cascade(id, 4, 6, AlertState.PEAKED));
            publish(Alerts.cascade(id, 5, 6, AlertState.ENDED));

            List<Receiver.Received> requests = receiver.await(3, WAIT);
            assertThat(requests).extracting(r -> json(r).get("notice").asText()).containsExactly("opened", "updated", "resolved");
            assertThat(requests).extracting(r -> json(r).at("/alert/revision").asInt()).containsExactly(1, 3, 5);
            awaitRows("SELECT count() FROM deliveries FINAL WHERE alert_id = '" + id + "' AND status = 'delivered'", 3);
            assertThat(clickHouse.rows("SELECT revision, notice, channel_kind, attempt, http_status, delivery_id FROM deliveries FINAL"
                    + " WHERE alert_id = '" + id + "' ORDER BY revision")).containsExactly(
                    List.of("1", "opened", "webhook", "1", "200", id + "/1/hook-1"),
                    List.of("3", "updated", "webhook", "1", "200", id + "/3/hook-1"),
                    List.of("5", "resolved", "webhook", "1", "200", id + "/5/hook-1"));
        }
    }

    @Test
    void shouldDeliverOnceToAReceiverThatWasDownWhenItComesBack() throws Exception {
        String id = "nc-aaaaaaaaaaaaaaaaaaa2";
        receiver.stop();
        try (Notifier notifier = started(config("g-down", "latest", webhook("hook-2"), Duration.ZERO))) {
            publish(Alerts.cascade(id, 1, 5, AlertState.OPEN));
            awaitRows("SELECT count() FROM deliveries FINAL WHERE alert_id = '" + id + "' AND status = 'retrying'", 3);

            receiver.restart();
            awaitRows("SELECT count() FROM deliveries FINAL WHERE alert_id = '" + id + "' AND status = 'delivered'", 1);
        }

        assertThat(about(id, receiver.received())).hasSize(1);
        List<List<String>> attempts = clickHouse.rows("SELECT attempt, status, http_status, error != '' FROM deliveries FINAL"
                + " WHERE alert_id = '" + id + "' ORDER BY attempt");
        assertThat(attempts.get(0)).containsExactly("1", "retrying", "0", "1");
        assertThat(attempts.get(attempts.size() - 1)).containsExactly(String.valueOf(attempts.size()), "delivered", "200", "0");
    }

    @Test
    void shouldSendNothingTwiceWhenTheTopicIsReadAgainAfterARestart() throws Exception {
        String id = "nc-aaaaaaaaaaaaaaaaaaa3";
        Channel channel = webhook("hook-3");
        try (Notifier first = started(config("g-first", "latest", channel, Duration.ZERO))) {
            publish(Alerts.cascade(id, 1, 4, AlertState.OPEN));
            receiver.await(1, WAIT);
            awaitRows("SELECT count() FROM deliveries FINAL WHERE alert_id = '" + id + "' AND status = 'delivered'", 1);
        }

        // a new consumer group reads the whole topic again: the deliveries table says what was sent
        try (Notifier second = started(config("g-second", "earliest", channel, Duration.ZERO))) {
            publish(Alerts.cascade(id, 2, 6, AlertState.GROWING));
            List<Receiver.Received> requests = receiver.await(2, WAIT);
            assertThat(requests).extracting(r -> json(r).at("/alert/revision").asInt()).containsExactly(1, 2);
        }
        assertThat(about(id, receiver.received())).hasSize(2);
    }

    @Test
    void shouldSendNothingMoreAboutAnAlertAnOperatorResolved() throws Exception {
        String id = "nc-aaaaaaaaaaaaaaaaaaa5";
        try (Notifier notifier = startedWithOpened(id, "g-operator", "hook-5")) {
            // what the API writes when an operator resolves it
            clickHouse.execute("INSERT INTO alert_actions (action_id, brand_id, alert_id, revision, action, actor, role, at,"
                    + " snoozed_until, comment) VALUES ('a1', 'brand_a', '" + id + "', 1, 'resolve', 'ops', 'operator',"
                    + " now64(3), NULL, '')");
            publish(Alerts.cascade(id, 2, 8, AlertState.GROWING));
            // a later alert on the same partition (same key) shows the notifier has read past revision 2
            kafka.send(Topics.ALERTS, id, AlertJson.write(Alerts.cascade("nc-aaaaaaaaaaaaaaaaaaa6", 1, 4, AlertState.OPEN)));
            receiver.await(2, WAIT);
        }

        assertThat(about(id, receiver.received())).extracting(r -> json(r).at("/alert/revision").asInt()).containsExactly(1);
    }

    @Test
    void shouldHoldTheChannelsRateLimitByQueueingEveryMessage() throws Exception {
        Channel limited = new Channel("hook-4", ChannelKind.WEBHOOK, receiver.url("/hook"), SECRET, "en",
                List.of(ChannelKind.RateWindow.of(3, Duration.ofSeconds(1))));
        int alerts = 9;
        try (Notifier notifier = started(config("g-rate", "latest", limited, Duration.ZERO))) {
            for (int i = 0; i < alerts; i++) {
                publish(Alerts.cascade("nc-rate000000000000000" + i, 1, 5, AlertState.OPEN));
            }
            List<Receiver.Received> requests = receiver.await(alerts, WAIT);

            assertThat(requests).hasSize(alerts);
            awaitRows("SELECT count() FROM deliveries FINAL WHERE channel_id = 'hook-4' AND status = 'delivered'", alerts);
            List<Instant> sent = clickHouse.rows("SELECT toUnixTimestamp64Milli(attempted_at) FROM deliveries FINAL"
                    + " WHERE channel_id = 'hook-4' ORDER BY attempted_at").stream()
                    .map(row -> Instant.ofEpochMilli(Long.parseLong(row.get(0)))).toList();
            for (int i = 0; i + 3 < sent.size(); i++) {
                // no 4 sends within one window of 1 s (less 1 ms: the table keeps milliseconds, rounded)
                assertThat(Duration.between(sent.get(i), sent.get(i + 3))).isGreaterThanOrEqualTo(Duration.ofMillis(999));
            }
            // and as the receiver saw it (less the first connection's set-up time)
            assertThat(Duration.between(requests.get(0).at(), requests.get(alerts - 1).at()))
                    .isGreaterThanOrEqualTo(Duration.ofMillis(1500));
        }
    }

    private static void awaitRows(String countSql, long atLeast) throws Exception {
        Instant deadline = Instant.now().plus(WAIT);
        long count;
        while ((count = clickHouse.count(countSql)) < atLeast) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("expected at least " + atLeast + " from " + countSql + ", got " + count);
            }
            Thread.sleep(100);
        }
    }
}
