package io.communitypulse.api;

import static io.communitypulse.api.Fixtures.BASE;
import static io.communitypulse.api.Fixtures.BRAND_A;
import static io.communitypulse.api.Fixtures.BRAND_B;
import static io.communitypulse.api.Fixtures.TOKEN_A;
import static io.communitypulse.api.Fixtures.TOKEN_ALL;
import static io.communitypulse.api.Fixtures.TOKEN_B;
import static io.communitypulse.api.Fixtures.get;
import static io.communitypulse.api.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.communitypulse.api.clickhouse.ClickHouse;
import io.communitypulse.testing.ClickHouseExtension;
import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AlertsApiTest {

    @RegisterExtension
    static final ClickHouseExtension clickHouse = new ClickHouseExtension();

    @BeforeAll
    static void seed() throws Exception {
        // Given two brands' alerts, one of them in two revisions, and one alert of a future type
        clickHouse.execute(SeededAlert.cascade("a-old", BRAND_A, BASE).insertSql());
        SeededAlert growing = SeededAlert.cascade("a-new", BRAND_A, BASE.plusSeconds(600));
        clickHouse.execute(growing.insertSql());
        clickHouse.execute(growing.revision(2, 5).insertSql());
        clickHouse.execute(SeededAlert.cascade("b-1", BRAND_B, BASE.plusSeconds(300)).insertSql());
        clickHouse.execute(SeededAlert.cascade("b-2", BRAND_B, BASE.plusSeconds(900)).ofType("a_future_type").insertSql());
    }

    private static Javalin app() {
        return QueryApi.create(ClickHouse.at(clickHouse.jdbcUrl()), Fixtures.config());
    }

    private static List<String> alertIds(Response response) {
        assertThat(response.code()).as(response.body().string()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        json(response).forEach(alert -> ids.add(alert.get("alert_id").asText()));
        return ids;
    }

    private static void assertError(Response response, int status, String messagePart) {
        assertThat(response.code()).isEqualTo(status);
        JsonNode body = json(response);
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("error").asText()).contains(messagePart);
    }

    @Test
    void get_alerts_without_token_is_401() {
        JavalinTest.test(app(), (server, client) ->
                assertError(client.get("/api/alerts"), 401, "token"));
    }

    @Test
    void get_alerts_with_unknown_token_is_401() {
        JavalinTest.test(app(), (server, client) ->
                assertError(get(client, "/api/alerts", "not-a-token"), 401, "token"));
    }

    @Test
    void get_alerts_does_not_accept_the_token_as_query_parameter() {
        JavalinTest.test(app(), (server, client) ->
                assertError(client.get("/api/alerts?access_token=" + TOKEN_A), 401, "token"));
    }

    @Test
    void each_token_sees_only_its_own_brands_alerts() {
        JavalinTest.test(app(), (server, client) -> {
            assertThat(alertIds(get(client, "/api/alerts", TOKEN_A))).containsExactly("a-new", "a-old");
            assertThat(alertIds(get(client, "/api/alerts", TOKEN_B))).containsExactly("b-2", "b-1");
            assertThat(alertIds(get(client, "/api/alerts", TOKEN_ALL))).containsExactly("b-2", "a-new", "b-1", "a-old");
        });
    }

    @Test
    void a_brand_filter_outside_the_token_is_403() {
        JavalinTest.test(app(), (server, client) ->
                assertError(get(client, "/api/alerts?brand=" + BRAND_B, TOKEN_A), 403, BRAND_B));
    }

    @Test
    void a_brand_filter_narrows_an_all_brands_token() {
        JavalinTest.test(app(), (server, client) ->
                assertThat(alertIds(get(client, "/api/alerts?brand=" + BRAND_A, TOKEN_ALL))).containsExactly("a-new", "a-old"));
    }

    @Test
    void an_alert_is_returned_once_in_its_latest_revision_with_all_fields() {
        JavalinTest.test(app(), (server, client) -> {
            JsonNode alert = json(get(client, "/api/alerts?limit=1", TOKEN_A)).get(0);
            assertThat(alert.get("alert_id").asText()).isEqualTo("a-new");
            assertThat(alert.get("revision").asInt()).isEqualTo(2);
            assertThat(alert.get("distinct_members").asInt()).isEqualTo(5);
            assertThat(alert.get("brand_id").asText()).isEqualTo(BRAND_A);
            assertThat(alert.get("type").asText()).isEqualTo("negative_cascade");
            assertThat(alert.get("severity").asInt()).isEqualTo(6);
            assertThat(alert.get("group_id").asText()).isEqualTo("group-brand_a");
            assertThat(alert.get("subject_kind").asText()).isEqualTo("aspect");
            assertThat(alert.get("subject").asText()).isEqualTo("allergy_safety");
            assertThat(alert.get("aspects").toString()).isEqualTo("[\"allergy_safety\"]");
            assertThat(alert.get("first_seen").asText()).isEqualTo("2025-06-01T08:06:00Z");
            assertThat(alert.get("last_seen").asText()).isEqualTo("2025-06-01T08:11:00Z");
            assertThat(alert.get("evidence").get(0).get("message_id").asText()).isEqualTo("m1");
            assertThat(alert.get("evidence").get(0).get("text").asText()).isEqualTo("用了过敏了");
            assertThat(alert.get("evidence")).hasSize(3);
            assertThat(alert.get("cues").get(0).asText()).isEqualTo("过敏");
            assertThat(alert.get("summary").asText()).isEqualTo("5 members report allergy in group-brand_a");
        });
    }

    @Test
    void type_since_and_limit_filter_the_alerts() {
        JavalinTest.test(app(), (server, client) -> {
            assertThat(alertIds(get(client, "/api/alerts?type=negative_cascade", TOKEN_B))).containsExactly("b-1");
            assertThat(alertIds(get(client, "/api/alerts?since=2025-06-01T08:05:00Z", TOKEN_ALL)))
                    .containsExactly("b-2", "a-new", "b-1");
            assertThat(alertIds(get(client, "/api/alerts?limit=2", TOKEN_ALL))).containsExactly("b-2", "a-new");
        });
    }

    @Test
    void bad_parameters_are_400_naming_the_parameter() {
        JavalinTest.test(app(), (server, client) -> {
            assertError(get(client, "/api/alerts?since=yesterday", TOKEN_A), 400, "'since'");
            assertError(get(client, "/api/alerts?limit=0", TOKEN_A), 400, "'limit'");
            assertError(get(client, "/api/alerts?limit=1001", TOKEN_A), 400, "'limit'");
            assertError(get(client, "/api/alerts?limit=ten", TOKEN_A), 400, "'limit'");
            assertError(get(client, "/api/alerts?type=no_such_type", TOKEN_A), 400, "'type'");
        });
    }

    @Test
    void an_unknown_route_is_404_json() {
        JavalinTest.test(app(), (server, client) -> {
            assertError(get(client, "/api/nothing-here", TOKEN_A), 404, "/api/nothing-here");
            assertError(client.get("/api/nothing-here"), 404, "/api/nothing-here");
        });
    }
}
