package io.communitypulse.api;

import static io.communitypulse.api.Fixtures.ADMIN;
import static io.communitypulse.api.Fixtures.BASE;
import static io.communitypulse.api.Fixtures.BRAND_A;
import static io.communitypulse.api.Fixtures.BRAND_B;
import static io.communitypulse.api.Fixtures.OPERATOR_A;
import static io.communitypulse.api.Fixtures.TOKEN_A;
import static io.communitypulse.api.Fixtures.get;
import static io.communitypulse.api.Fixtures.json;
import static io.communitypulse.api.Fixtures.post;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.communitypulse.api.clickhouse.ClickHouse;
import io.communitypulse.testing.ClickHouseExtension;
import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The operator workflow over the real ClickHouse: roles per brand, the audit table, the inbox status. */
class AlertActionsApiTest {

    @RegisterExtension
    static final ClickHouseExtension clickHouse = new ClickHouseExtension();

    private static final Instant NOW = Instant.parse("2025-06-01T09:00:00Z");

    @BeforeAll
    static void seed() throws Exception {
        for (String id : List.of("nc-ack", "nc-resolve", "nc-snooze", "nc-comment", "nc-viewer", "nc-reopen", "nc-deliveries")) {
            clickHouse.execute(SeededAlert.cascade(id, BRAND_A, BASE).insertSql());
        }
        clickHouse.execute(SeededAlert.cascade("nc-of-b", BRAND_B, BASE).insertSql());
    }

    private static Javalin app(MutableClock clock) {
        return QueryApi.create(ClickHouse.at(clickHouse.jdbcUrl()), Fixtures.config().withClock(clock));
    }

    @Test
    void an_operator_acknowledges_and_the_audit_table_says_who_and_when() {
        JavalinTest.test(app(new MutableClock(NOW)), (server, client) -> {
            var response = post(client, "/api/alerts/nc-ack/ack", OPERATOR_A, "{\"comment\": \"在处理，已联系客服\"}");

            assertThat(response.code()).isEqualTo(201);
            JsonNode body = json(response);
            assertThat(body.at("/action/action").asText()).isEqualTo("ack");
            assertThat(body.at("/alert/workflow/status").asText()).isEqualTo("acked");
            assertThat(body.at("/alert/workflow/by").asText()).isEqualTo("operator Li (brand a)");
            assertThat(clickHouse.rows("SELECT action, actor, role, toString(at), comment, revision FROM alert_actions"
                    + " WHERE alert_id = 'nc-ack'")).containsExactly(
                    List.of("ack", "operator Li (brand a)", "operator", "2025-06-01 09:00:00.000", "在处理，已联系客服", "1"));
            JsonNode detail = json(get(client, "/api/alerts/nc-ack", TOKEN_A));
            assertThat(detail.get("alert_id").asText()).isEqualTo("nc-ack");
            assertThat(detail.at("/workflow/status").asText()).isEqualTo("acked");
            assertThat(detail.at("/actions/0/comment").asText()).isEqualTo("在处理，已联系客服");
        });
    }

    @Test
    void a_viewer_may_read_but_not_act_and_gets_403() throws Exception {
        JavalinTest.test(app(new MutableClock(NOW)), (server, client) -> {
            assertThat(post(client, "/api/alerts/nc-viewer/ack", TOKEN_A, "").code()).isEqualTo(403);
            assertThat(json(post(client, "/api/alerts/nc-viewer/resolve", TOKEN_A, "")).get("error").asText())
                    .contains("viewer", "operator");
            assertThat(post(client, "/api/alerts/nc-of-b/ack", OPERATOR_A, "").code()).as("a viewer of brand b").isEqualTo(403);
            assertThat(get(client, "/api/alerts/nc-viewer", TOKEN_A).code()).isEqualTo(200);
        });
        assertThat(clickHouse.count("SELECT count() FROM alert_actions WHERE alert_id IN ('nc-viewer', 'nc-of-b')")).isZero();
    }

    @Test
    void an_unknown_alert_or_one_of_another_brand_is_404() {
        JavalinTest.test(app(new MutableClock(NOW)), (server, client) -> {
            assertThat(post(client, "/api/alerts/nc-nope/ack", OPERATOR_A, "").code()).isEqualTo(404);
            assertThat(get(client, "/api/alerts/nc-of-b", TOKEN_A).code()).isEqualTo(404);
            assertThat(client.post("/api/alerts/nc-ack/ack", "").code()).as("no token").isEqualTo(401);
        });
    }

    @Test
    void the_inbox_lists_alerts_by_status_and_a_snooze_runs_out_into_acked() {
        MutableClock clock = new MutableClock(NOW);
        JavalinTest.test(app(clock), (server, client) -> {
            assertThat(post(client, "/api/alerts/nc-resolve/resolve", OPERATOR_A, "").code()).isEqualTo(201);
            assertThat(post(client, "/api/alerts/nc-snooze/snooze", OPERATOR_A, "{\"minutes\": 30}").code()).isEqualTo(201);

            assertThat(ids(get(client, "/api/alerts?status=resolved", TOKEN_A))).contains("nc-resolve").doesNotContain("nc-snooze");
            assertThat(ids(get(client, "/api/alerts?status=snoozed", TOKEN_A))).containsExactly("nc-snooze");
            assertThat(ids(get(client, "/api/alerts?status=open", TOKEN_A))).contains("nc-comment")
                    .doesNotContain("nc-resolve", "nc-snooze");
            JsonNode snoozed = json(get(client, "/api/alerts/nc-snooze", TOKEN_A)).get("workflow");
            assertThat(snoozed.get("snoozed_until").asText()).isEqualTo("2025-06-01T09:30:00Z");

            clock.advance(Duration.ofMinutes(31));
            assertThat(ids(get(client, "/api/alerts?status=snoozed", TOKEN_A))).isEmpty();
            assertThat(ids(get(client, "/api/alerts?status=acked", TOKEN_A))).contains("nc-snooze");
            assertThat(get(client, "/api/alerts?status=done", TOKEN_A).code()).isEqualTo(400);
        });
    }

    @Test
    void bad_bodies_are_400_and_reopening_takes_an_admin() {
        JavalinTest.test(app(new MutableClock(NOW)), (server, client) -> {
            assertThat(post(client, "/api/alerts/nc-comment/comment", OPERATOR_A, "{}").code()).isEqualTo(400);
            assertThat(post(client, "/api/alerts/nc-comment/comment", OPERATOR_A, "not json").code()).isEqualTo(400);
            assertThat(post(client, "/api/alerts/nc-comment/snooze", OPERATOR_A, "{\"until\": \"2024-01-01T00:00:00Z\"}").code())
                    .isEqualTo(400);
            assertThat(post(client, "/api/alerts/nc-comment/comment", OPERATOR_A, "{\"comment\": \"客户已退款\"}").code())
                    .isEqualTo(201);

            assertThat(post(client, "/api/alerts/nc-reopen/resolve", OPERATOR_A, "").code()).isEqualTo(201);
            assertThat(post(client, "/api/alerts/nc-reopen/reopen", OPERATOR_A, "").code()).isEqualTo(403);
            var reopened = post(client, "/api/alerts/nc-reopen/reopen", ADMIN, "{\"comment\": \"又有人投诉\"}");
            assertThat(reopened.code()).isEqualTo(201);
            assertThat(json(reopened).at("/alert/workflow/status").asText()).isEqualTo("open");
            assertThat(json(get(client, "/api/alerts/nc-reopen", TOKEN_A)).get("actions")).extracting(a -> a.get("action").asText())
                    .containsExactly("reopen", "resolve");
        });
    }

    @Test
    void an_alert_shows_its_deliveries_per_channel_and_me_shows_the_roles() throws Exception {
        clickHouse.execute("""
                INSERT INTO deliveries (delivery_id, brand_id, alert_id, revision, alert_type, severity, notice, channel_id,
                  channel_kind, attempt, status, http_status, latency_ms, error, attempted_at, next_attempt_at) VALUES
                ('nc-deliveries/1/ops', 'brand_a', 'nc-deliveries', 1, 'negative_cascade', 4, 'opened', 'ops', 'wecom', 1,
                 'retrying', 503, 12, 'HTTP 503', '2025-06-01 08:05:00', '2025-06-01 08:05:01'),
                ('nc-deliveries/1/ops', 'brand_a', 'nc-deliveries', 1, 'negative_cascade', 4, 'opened', 'ops', 'wecom', 2,
                 'failed', 400, 9, 'errcode 93000', '2025-06-01 08:05:01', NULL)
                """);
        JavalinTest.test(app(new MutableClock(NOW)), (server, client) -> {
            JsonNode delivery = json(get(client, "/api/alerts/nc-deliveries", TOKEN_A)).at("/deliveries/0");

            assertThat(delivery.get("channel_id").asText()).isEqualTo("ops");
            assertThat(delivery.get("status").asText()).isEqualTo("failed");
            assertThat(delivery.get("attempts").asInt()).isEqualTo(2);
            assertThat(delivery.get("error").asText()).isEqualTo("errcode 93000");
            JsonNode me = json(get(client, "/api/me", OPERATOR_A));
            assertThat(me.get("name").asText()).isEqualTo("operator Li (brand a)");
            assertThat(me.at("/roles/brand_a").asText()).isEqualTo("operator");
            assertThat(me.at("/roles/brand_b").asText()).isEqualTo("viewer");
        });
    }

    private static List<String> ids(io.javalin.testtools.Response response) {
        assertThat(response.code()).isEqualTo(200);
        List<String> ids = new java.util.ArrayList<>();
        json(response).forEach(alert -> ids.add(alert.get("alert_id").asText()));
        return ids;
    }
}
