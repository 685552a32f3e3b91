package io.communitypulse.api;

import static io.communitypulse.api.Fixtures.BRAND_A;
import static io.communitypulse.api.Fixtures.BRAND_B;
import static io.communitypulse.api.Fixtures.TOKEN_A;
import static io.communitypulse.api.Fixtures.TOKEN_B;
import static io.communitypulse.api.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.communitypulse.api.clickhouse.ClickHouse;
import io.communitypulse.events.Topics;
import io.communitypulse.events.alert.Alert;
import io.communitypulse.events.alert.AlertJson;
import io.communitypulse.testing.ClickHouseExtension;
import io.communitypulse.testing.KafkaExtension;
import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The live stream v2: fed from the alert topic on a real broker, resumable with Last-Event-ID. */
class AlertStreamTest {

    @RegisterExtension
    static final ClickHouseExtension clickHouse = new ClickHouseExtension();
    @RegisterExtension
    final KafkaExtension kafka = new KafkaExtension();

    /** Generous for a loaded build machine, still bounded. */
    private static final Duration WAIT = Duration.ofSeconds(20);

    @BeforeEach
    void topic() {
        kafka.createTopics(List.of(Topics.ALERTS), 3);
    }

    private Javalin app(int bufferPerPartition) {
        return QueryApi.create(ClickHouse.at(clickHouse.jdbcUrl()), new ApiConfig(Fixtures.tokens(), kafka.bootstrapServers(),
                Duration.ofMillis(300), bufferPerPartition, Clock.systemUTC()));
    }

    private void publish(String alertId, String brand, int revision) throws Exception {
        Alert alert = StreamAlerts.cascade(alertId, brand, revision);
        kafka.send(Topics.ALERTS, alertId, AlertJson.write(alert));
    }

    private static String streamPath(String token) {
        return "/api/alerts/stream?access_token=" + token;
    }

    @Test
    void stream_without_token_is_401() {
        JavalinTest.test(app(10), (server, client) -> {
            var response = client.get("/api/alerts/stream");
            assertThat(response.code()).isEqualTo(401);
            assertThat(json(response).get("status").asInt()).isEqualTo(401);
        });
    }

    @ParameterizedTest(name = "Accept: {0}")
    @ValueSource(strings = {"application/json", "*/*", ""})
    void stream_without_accept_event_stream_is_406_json(String accept) {
        JavalinTest.test(app(10), (server, client) -> {
            var response = accept.isEmpty()
                    ? client.get(streamPath(TOKEN_A))
                    : client.get(streamPath(TOKEN_A), request -> request.header("Accept", accept));

            assertThat(response.code()).isEqualTo(406);
            assertThat(response.headers().get("Content-Type")).singleElement().asString().startsWith("application/json");
            assertThat(json(response).get("error").asText()).contains("Accept: text/event-stream");
        });
    }

    @Test
    void without_kafka_the_stream_is_503_and_a_malformed_last_event_id_is_400() {
        JavalinTest.test(QueryApi.create(ClickHouse.at(clickHouse.jdbcUrl()), Fixtures.config()), (server, client) -> {
            var response = client.get(streamPath(TOKEN_A), request -> request.header("Accept", "text/event-stream"));
            assertThat(response.code()).isEqualTo(503);
            assertThat(json(response).get("error").asText()).contains("--kafka");
        });
        JavalinTest.test(app(10), (server, client) -> {
            var response = client.get(streamPath(TOKEN_A), request -> request.header("Accept", "text/event-stream")
                    .header("Last-Event-ID", "yesterday"));
            assertThat(response.code()).isEqualTo(400);
            assertThat(json(response).get("error").asText()).contains("Last-Event-ID");
        });
    }

    @Test
    void an_alert_published_to_the_topic_reaches_the_stream_with_its_place_as_id_and_heartbeats_follow() {
        JavalinTest.test(app(10), (server, client) -> {
            try (EventStream stream = EventStream.open(server.port(), streamPath(TOKEN_A)).awaitSubscribed(WAIT)) {
                assertThat(stream.status()).isEqualTo(200);
                publish("nc-live", BRAND_A, 7);

                EventStream.Event event = stream.nextEvent(WAIT);
                assertThat(event.name()).isEqualTo("alert");
                assertThat(event.id()).matches("\\d+:\\d+(,\\d+:\\d+)*");
                JsonNode alert = json(event.data());
                assertThat(alert.get("alert_id").asText()).isEqualTo("nc-live");
                assertThat(alert.get("revision").asInt()).isEqualTo(7);
                assertThat(alert.get("evidence")).hasSize(3);
                stream.awaitLine(": heartbeat", WAIT);
            }
        });
    }

    @Test
    void each_stream_carries_only_its_own_brands_alerts() {
        JavalinTest.test(app(10), (server, client) -> {
            try (EventStream streamA = EventStream.open(server.port(), streamPath(TOKEN_A)).awaitSubscribed(WAIT);
                 EventStream streamB = EventStream.open(server.port(), streamPath(TOKEN_B)).awaitSubscribed(WAIT)) {
                // brand B's alert first: if it leaked, stream A would see it before its own
                publish("nc-b-new", BRAND_B, 1);
                publish("nc-a-new", BRAND_A, 1);

                assertThat(json(streamA.nextEvent(WAIT).data()).get("alert_id").asText()).isEqualTo("nc-a-new");
                assertThat(json(streamB.nextEvent(WAIT).data()).get("alert_id").asText()).isEqualTo("nc-b-new");
            }
        });
    }

    @Test
    void a_client_that_reconnects_with_last_event_id_gets_what_it_missed_once_then_live() {
        JavalinTest.test(app(1000), (server, client) -> resumesWithoutGapOrRepeat(server.port()));
    }

    @Test
    void a_client_away_for_longer_than_the_buffer_gets_the_rest_from_the_topic() {
        // one record kept per partition: what the client missed is read back from Kafka
        JavalinTest.test(app(1), (server, client) -> resumesWithoutGapOrRepeat(server.port()));
    }

    private void resumesWithoutGapOrRepeat(int port) throws Exception {
        String lastId;
        try (EventStream stream = EventStream.open(port, streamPath(TOKEN_A)).awaitSubscribed(WAIT)) {
            publish("nc-r0", BRAND_A, 1);
            lastId = stream.nextEvent(WAIT).id();
        }
        // while the client is away: its brand's alerts (over several partitions) and another brand's
        List<String> missed = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            publish("nc-r" + i, i % 4 == 0 ? BRAND_B : BRAND_A, 1);
            if (i % 4 != 0) {
                missed.add("nc-r" + i);
            }
        }

        try (EventStream resumed = EventStream.open(port, streamPath(TOKEN_A), lastId).awaitSubscribed(WAIT)) {
            List<String> received = new ArrayList<>();
            for (int i = 0; i < missed.size(); i++) {
                received.add(json(resumed.nextEvent(WAIT).data()).get("alert_id").asText());
            }
            assertThat(received).containsExactlyInAnyOrderElementsOf(missed);
            publish("nc-after", BRAND_A, 1);
            assertThat(json(resumed.nextEvent(WAIT).data()).get("alert_id").asText()).isEqualTo("nc-after");
            resumed.assertNoEventWithin(Duration.ofMillis(500));
        }
    }
}
