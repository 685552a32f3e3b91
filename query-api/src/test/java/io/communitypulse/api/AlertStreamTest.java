package io.communitypulse.api;

import static io.communitypulse.api.Fixtures.BASE;
import static io.communitypulse.api.Fixtures.BRAND_A;
import static io.communitypulse.api.Fixtures.BRAND_B;
import static io.communitypulse.api.Fixtures.TOKEN_A;
import static io.communitypulse.api.Fixtures.TOKEN_B;
import static io.communitypulse.api.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.communitypulse.api.clickhouse.ClickHouse;
import io.communitypulse.testing.ClickHouseExtension;
import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AlertStreamTest {

    @RegisterExtension
    static final ClickHouseExtension clickHouse = new ClickHouseExtension();

    /** Many poll intervals: generous for a loaded build machine, still bounded. */
    private static final Duration WAIT = Duration.ofSeconds(15);

    private static final SeededAlert EXISTING = SeededAlert.cascade("a-existing", BRAND_A, BASE);

    @BeforeAll
    static void seed() throws Exception {
        clickHouse.execute(EXISTING.insertSql());
    }

    private static Javalin app() {
        return QueryApi.create(ClickHouse.at(clickHouse.jdbcUrl()), Fixtures.config());
    }

    private static String streamPath(String token) {
        return "/api/alerts/stream?access_token=" + token;
    }

    @Test
    void stream_without_token_is_401() {
        JavalinTest.test(app(), (server, client) -> {
            var response = client.get("/api/alerts/stream");
            assertThat(response.code()).isEqualTo(401);
            assertThat(json(response).get("status").asInt()).isEqualTo(401);
        });
    }

    @ParameterizedTest(name = "Accept: {0}")
    @ValueSource(strings = {"application/json", "*/*", ""})
    void stream_without_accept_event_stream_is_406_json(String accept) {
        JavalinTest.test(app(), (server, client) -> {
            var response = accept.isEmpty()
                    ? client.get(streamPath(TOKEN_A))
                    : client.get(streamPath(TOKEN_A), request -> request.header("Accept", accept));

            assertThat(response.code()).isEqualTo(406);
            assertThat(response.headers().get("Content-Type")).singleElement().asString().startsWith("application/json");
            JsonNode body = json(response);
            assertThat(body.get("status").asInt()).isEqualTo(406);
            assertThat(body.get("error").asText()).contains("Accept: text/event-stream");
        });
    }

    @Test
    void stream_delivers_a_new_revision_of_an_alert_within_a_bounded_wait() {
        JavalinTest.test(app(), (server, client) -> {
            try (EventStream stream = EventStream.open(server.port(), streamPath(TOKEN_A)).awaitSubscribed(WAIT)) {
                assertThat(stream.status()).isEqualTo(200);

                clickHouse.execute(EXISTING.revision(7, 6).insertSql());

                EventStream.Event event = stream.nextEvent(WAIT);
                assertThat(event.name()).isEqualTo("alert");
                JsonNode alert = json(event.data());
                assertThat(alert.get("alert_id").asText()).isEqualTo("a-existing");
                assertThat(alert.get("revision").asInt()).isEqualTo(7);
                assertThat(alert.get("distinct_members").asInt()).isEqualTo(6);
                assertThat(alert.get("evidence")).hasSize(3);
            }
        });
    }

    @Test
    void each_stream_carries_only_its_own_brands_alerts() {
        JavalinTest.test(app(), (server, client) -> {
            try (EventStream streamA = EventStream.open(server.port(), streamPath(TOKEN_A)).awaitSubscribed(WAIT);
                 EventStream streamB = EventStream.open(server.port(), streamPath(TOKEN_B))
                         .awaitSubscribed(WAIT)) {
                // brand B's alert first: if it leaked, stream A would see it before its own
                clickHouse.execute(SeededAlert.cascade("b-new", BRAND_B, BASE.plusSeconds(60)).insertSql());
                clickHouse.execute(SeededAlert.cascade("a-new", BRAND_A, BASE.plusSeconds(120)).insertSql());

                assertThat(json(streamA.nextEvent(WAIT).data()).get("alert_id").asText()).isEqualTo("a-new");
                assertThat(json(streamB.nextEvent(WAIT).data()).get("alert_id").asText()).isEqualTo("b-new");
            }
        });
    }
}
