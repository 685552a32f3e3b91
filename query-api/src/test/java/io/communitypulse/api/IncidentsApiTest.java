package io.communitypulse.api;

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
import io.javalin.testtools.Response;
import io.javalin.testtools.JavalinTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class IncidentsApiTest {

    @RegisterExtension
    static final ClickHouseExtension clickHouse = new ClickHouseExtension();

    @BeforeAll
    static void seed() throws Exception {
        // Given an incident across two groups and one still in a single group, for brand A, and one for brand B
        clickHouse.execute(incident("in-spread", BRAND_A, 3, "['g1', 'g2']", "['nc-1', 'nc-2']",
                "['2025-06-01 08:00:00.000', '2025-06-01 08:20:00.000']", "[4, 3]", 7, 1200, "08:25:00"));
        clickHouse.execute(incident("in-spread", BRAND_A, 2, "['g1']", "['nc-1']", "['2025-06-01 08:00:00.000']",
                "[4]", 4, -1, "08:05:00"));
        clickHouse.execute(incident("in-single", BRAND_A, 1, "['g3']", "['nc-3']", "['2025-06-01 09:00:00.000']",
                "[3]", 3, -1, "09:02:00"));
        clickHouse.execute(incident("in-other-brand", BRAND_B, 1, "['g9']", "['nc-9']", "['2025-06-01 07:00:00.000']",
                "[3]", 3, -1, "07:02:00"));
    }

    @Test
    void an_incident_lists_its_groups_in_the_order_reached_with_its_forecast() {
        JavalinTest.test(app(), (server, client) -> {
            JsonNode spread = find(get(client, "/api/incidents?min_groups=2", TOKEN_A), "in-spread");

            assertThat(spread.get("revision").asInt()).isEqualTo(3);
            assertThat(spread.get("groups")).extracting(g -> g.get("group_id").asText()).containsExactly("g1", "g2");
            assertThat(spread.get("groups").get(1).get("first_seen").asText()).isEqualTo("2025-06-01T08:20:00Z");
            assertThat(spread.get("total_members").asInt()).isEqualTo(7);
            assertThat(spread.get("seconds_to_spread").asInt()).isEqualTo(1200);
            assertThat(spread.get("forecast_members").get("likely").asInt()).isEqualTo(12);
        });
    }

    @Test
    void min_groups_and_the_token_scope_filter_the_incidents() {
        JavalinTest.test(app(), (server, client) -> {
            assertThat(ids(get(client, "/api/incidents", TOKEN_A))).containsExactly("in-single", "in-spread");
            assertThat(ids(get(client, "/api/incidents?min_groups=2", TOKEN_A))).containsExactly("in-spread");
            assertThat(ids(get(client, "/api/incidents", TOKEN_ALL))).contains("in-other-brand");
        });
    }

    @Test
    void a_bad_state_is_400_naming_the_parameter() {
        JavalinTest.test(app(), (server, client) -> {
            Response response = get(client, "/api/incidents?state=burning", TOKEN_A);
            assertThat(response.code()).isEqualTo(400);
            assertThat(json(response).get("error").asText()).contains("'state'");
        });
    }

    private static io.javalin.Javalin app() {
        return QueryApi.create(ClickHouse.at(clickHouse.jdbcUrl()), Fixtures.config());
    }

    private static List<String> ids(Response response) {
        assertThat(response.code()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        json(response).forEach(incident -> ids.add(incident.get("incident_id").asText()));
        return ids;
    }

    private static JsonNode find(Response response, String id) {
        assertThat(response.code()).isEqualTo(200);
        for (JsonNode incident : json(response)) {
            if (incident.get("incident_id").asText().equals(id)) {
                return incident;
            }
        }
        throw new AssertionError("no incident " + id);
    }

    private static String incident(String id, String brand, int revision, String groups, String alerts, String firstSeen,
                                   String members, int total, int spread, String lastSeenTime) {
        return """
                INSERT INTO incidents (incident_id, revision, brand_id, state, subject_kind, subject, subject_name, summary,
                  group_ids, group_alert_ids, group_first_seen, group_members, total_members, first_seen, last_seen,
                  seconds_to_spread, severity, forecast_members, forecast_members_low, forecast_members_high,
                  forecast_groups, forecast_groups_low, forecast_groups_high)
                VALUES ('%s', %d, '%s', 'open', 'product', 'sku-1', '水光面霜', 'complaints', %s, %s, %s, %s, %d,
                  '2025-06-01 07:00:00.000', '2025-06-01 %s.000', %d, 6, 12, 8, 17, 3, 2, 5)
                """.formatted(id, revision, brand, groups, alerts, firstSeen, members, total, lastSeenTime, spread);
    }
}
