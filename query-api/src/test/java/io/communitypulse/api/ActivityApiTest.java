package io.communitypulse.api;

import static io.communitypulse.api.Fixtures.BASE;
import static io.communitypulse.api.Fixtures.BRAND_A;
import static io.communitypulse.api.Fixtures.BRAND_B;
import static io.communitypulse.api.Fixtures.TOKEN_A;
import static io.communitypulse.api.Fixtures.TOKEN_ALL;
import static io.communitypulse.api.Fixtures.get;
import static io.communitypulse.api.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.communitypulse.api.clickhouse.ClickHouse;
import io.communitypulse.testing.ClickHouseExtension;
import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ActivityApiTest {

    @RegisterExtension
    static final ClickHouseExtension clickHouse = new ClickHouseExtension();

    private static final String GROUP = "g-shared-id";

    @BeforeAll
    static void seed() throws Exception {
        // Given brand A's group with a minute two days before the rest, a minute re-emitted with more
        // events (the fuller row must win), and brand B's group that happens to have the same id
        insertMinute(BRAND_A, BASE.minus(Duration.ofDays(2)), 9, 9);
        insertMinute(BRAND_A, BASE, 3, 3);
        insertMinute(BRAND_A, BASE.plusSeconds(60), 2, 2);
        insertMinute(BRAND_A, BASE.plusSeconds(60), 5, 5);
        insertMinute(BRAND_A, BASE.plusSeconds(120), 1, 1);
        insertMinute(BRAND_B, BASE, 99, 99);
    }

    private static void insertMinute(String brand, Instant minute, int memberMessages, int eventsCounted) throws Exception {
        clickHouse.execute("""
                INSERT INTO group_activity_minute (brand_id, group_id, minute, member_messages, staff_messages,
                  bot_messages, distinct_speakers, negative_messages, positive_messages, joins, leaves, removals,
                  events_counted)
                VALUES ('%s', '%s', %d, %d, 1, 0, 2, 1, 0, 0, 0, 0, %d)
                """.formatted(brand, GROUP, minute.getEpochSecond(), memberMessages, eventsCounted));
    }

    private static Javalin app() {
        return QueryApi.create(ClickHouse.at(clickHouse.jdbcUrl()), Fixtures.config());
    }

    private static JsonNode ok(Response response) {
        assertThat(response.code()).as(response.body().string()).isEqualTo(200);
        return json(response);
    }

    private static List<String> minutes(JsonNode activity) {
        List<String> minutes = new ArrayList<>();
        activity.get("minutes").forEach(row -> minutes.add(row.get("brand_id").asText() + "@" + row.get("minute").asText()
                + "=" + row.get("member_messages").asInt()));
        return minutes;
    }

    private static void assertBadRequest(Response response, String messagePart) {
        assertThat(response.code()).isEqualTo(400);
        assertThat(json(response).get("error").asText()).contains(messagePart);
    }

    @Test
    void activity_without_token_is_401() {
        JavalinTest.test(app(), (server, client) ->
                assertThat(client.get("/api/groups/" + GROUP + "/activity").code()).isEqualTo(401));
    }

    @Test
    void default_range_is_the_day_up_to_the_newest_minute_present() {
        JavalinTest.test(app(), (server, client) -> {
            JsonNode activity = ok(get(client, "/api/groups/" + GROUP + "/activity", TOKEN_A));
            assertThat(activity.get("group_id").asText()).isEqualTo(GROUP);
            assertThat(activity.get("from").asText()).isEqualTo("2025-05-31T08:03:00Z");
            assertThat(activity.get("to").asText()).isEqualTo("2025-06-01T08:03:00Z");
            assertThat(minutes(activity)).containsExactly(
                    "brand_a@2025-06-01T08:00:00Z=3", "brand_a@2025-06-01T08:01:00Z=5", "brand_a@2025-06-01T08:02:00Z=1");
            JsonNode row = activity.get("minutes").get(0);
            assertThat(row.get("staff_messages").asInt()).isEqualTo(1);
            assertThat(row.get("distinct_speakers").asInt()).isEqualTo(2);
            assertThat(row.get("negative_messages").asInt()).isEqualTo(1);
        });
    }

    @Test
    void from_and_to_select_a_half_open_range() {
        JavalinTest.test(app(), (server, client) -> {
            JsonNode activity = ok(get(client,
                    "/api/groups/" + GROUP + "/activity?from=2025-06-01T08:01:00Z&to=2025-06-01T08:02:00Z", TOKEN_A));
            assertThat(minutes(activity)).containsExactly("brand_a@2025-06-01T08:01:00Z=5");
        });
    }

    @Test
    void a_token_sees_only_its_brands_rows_of_a_group_id() {
        JavalinTest.test(app(), (server, client) -> {
            String range = "?from=2025-06-01T08:00:00Z&to=2025-06-01T08:01:00Z";
            assertThat(minutes(ok(get(client, "/api/groups/" + GROUP + "/activity" + range, TOKEN_A))))
                    .containsExactly("brand_a@2025-06-01T08:00:00Z=3");
            assertThat(minutes(ok(get(client, "/api/groups/" + GROUP + "/activity" + range, TOKEN_ALL))))
                    .containsExactly("brand_a@2025-06-01T08:00:00Z=3", "brand_b@2025-06-01T08:00:00Z=99");
            assertThat(minutes(ok(get(client, "/api/groups/" + GROUP + "/activity" + range + "&brand=" + BRAND_B, TOKEN_ALL))))
                    .containsExactly("brand_b@2025-06-01T08:00:00Z=99");
        });
    }

    @Test
    void a_brand_outside_the_token_is_403() {
        JavalinTest.test(app(), (server, client) ->
                assertThat(get(client, "/api/groups/" + GROUP + "/activity?brand=" + BRAND_B, TOKEN_A).code()).isEqualTo(403));
    }

    @Test
    void a_group_without_data_has_no_minutes() {
        JavalinTest.test(app(), (server, client) -> {
            JsonNode activity = ok(get(client, "/api/groups/unknown-group/activity", TOKEN_A));
            assertThat(activity.get("minutes")).isEmpty();
            assertThat(activity.has("from")).isFalse();
        });
    }

    @Test
    void bad_ranges_are_400_naming_the_parameter() {
        JavalinTest.test(app(), (server, client) -> {
            String path = "/api/groups/" + GROUP + "/activity";
            assertBadRequest(get(client, path + "?from=2025-06-01", TOKEN_A), "'from'");
            assertBadRequest(get(client, path + "?to=soon", TOKEN_A), "'to'");
            assertBadRequest(get(client, path + "?from=2025-06-02T00:00:00Z&to=2025-06-01T00:00:00Z", TOKEN_A), "'from'");
            assertBadRequest(get(client, path + "?from=2025-01-01T00:00:00Z&to=2025-06-01T00:00:00Z", TOKEN_A), "31 days");
        });
    }
}
