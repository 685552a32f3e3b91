package io.communitypulse.api;

import static io.communitypulse.api.Fixtures.BRAND_A;
import static io.communitypulse.api.Fixtures.BRAND_B;
import static io.communitypulse.api.Fixtures.TOKEN_A;
import static io.communitypulse.api.Fixtures.TOKEN_ALL;
import static io.communitypulse.api.Fixtures.get;
import static io.communitypulse.api.Fixtures.assertBadRequest;
import static io.communitypulse.api.Fixtures.json;
import static io.communitypulse.api.Fixtures.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.communitypulse.api.clickhouse.ClickHouse;
import io.communitypulse.testing.ClickHouseExtension;
import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code GET /api/groups}, {@code /api/groups/{id}/health} and {@code /api/groups/{id}/members} over the real ClickHouse. */
class GroupsApiTest {

    @RegisterExtension
    static final ClickHouseExtension clickHouse = new ClickHouseExtension();

    private static final LocalDate DAY = LocalDate.parse("2026-11-23");

    @BeforeAll
    static void seed() throws Exception {
        // Given three groups of brand A, over the days, a group of brand B that has the same id as one of A's,
        // a row of today rewritten with more (the newer as_of must win), and open and ended alerts
        day(BRAND_A, "g-lively", DAY.minusDays(8), 200, 120, 9, 0, 0, 1);
        day(BRAND_A, "g-lively", DAY.minusDays(1), 200, 110, 1, 1, 0, 1);
        day(BRAND_A, "g-lively", DAY, 198, 90, 2, 0, 0, 0);
        day(BRAND_A, "g-lively", DAY, 197, 100, 3, 0, 1, 0);
        day(BRAND_A, "g-leaving", DAY.minusDays(2), 300, 60, 1, 0, 0, 1);
        day(BRAND_A, "g-leaving", DAY, 290, 30, 12, 2, 5, 0);
        day(BRAND_A, "g-silent", DAY, 80, 0, 0, 0, 0, 0);
        day(BRAND_B, "g-lively", DAY, 50, 50, 0, 0, 0, 0);
        alert(BRAND_A, "g-leaving", "mx-1", "mass_exit", "growing");
        alert(BRAND_A, "g-leaving", "ee-1", "early_exits", "open");
        alert(BRAND_A, "g-silent", "dg-1", "dormant_group", "open");
        alert(BRAND_A, "g-lively", "bo-1", "broadcast_only", "ended");
        member(BRAND_A, "g-lively", "u1", "member", 1, "2026-11-23 08:00:00.000");
        member(BRAND_A, "g-lively", "u2", "member", 1, null);
        member(BRAND_A, "g-lively", "s1", "staff", 1, "2026-11-23 09:00:00.000");
        member(BRAND_A, "g-lively", "u3", "member", 0, "2026-11-22 08:00:00.000");
        member(BRAND_B, "g-lively", "u9", "member", 1, "2026-11-23 10:00:00.000");
    }

    private static void day(String brand, String group, LocalDate day, int members, int active, int leaves, int removals,
                            int earlyExits, int complete) throws Exception {
        clickHouse.execute("""
                INSERT INTO group_health_daily (brand_id, group_id, day, time_zone, group_name, members, members_at_start,
                  staff, bots, joins, leaves, removals, net_growth, exit_rate, early_exits, daily_senders, active_members_7d,
                  active_rate, member_messages, staff_messages, bot_messages, staff_share, member_topics, member_replies,
                  last_member_message_at, day_complete, as_of)
                VALUES ('%s', '%s', '%s', 'Asia/Shanghai', '%s群', %d, %d, 2, 1, 1, %d, %d, %d, %f, %d, 5, %d, %f, 20, 10, 2,
                  0.375, 3, 4, NULL, %d, '%s 23:00:00.%03d')
                """.formatted(brand, group, day, group, members, members + leaves + removals - 1, leaves, removals,
                1 - leaves - removals, (leaves + removals) / (double) (members + leaves + removals - 1), earlyExits,
                active, members == 0 ? 0 : active / (double) members, complete, day, active));
    }

    private static void alert(String brand, String group, String id, String type, String state) throws Exception {
        clickHouse.execute("""
                INSERT INTO alerts (brand_id, alert_id, revision, alert_type, severity, state, group_id, subject_kind, subject,
                  summary, first_seen, last_seen, detected_at, distinct_members)
                VALUES ('%s', '%s', 1, '%s', 5, '%s', '%s', 'group', '%s', 's', now64(3), now64(3), now64(3), 0)
                """.formatted(brand, id, type, state, group, group));
    }

    private static void member(String brand, String group, String id, String role, int inGroup, String spoke) throws Exception {
        clickHouse.execute("""
                INSERT INTO group_members (brand_id, group_id, member_id, role, in_group, joined_at, left_at, departure,
                  last_spoke_at, known_from, updated_at)
                VALUES ('%s', '%s', '%s', '%s', %d, '2026-10-01 00:00:00.000', NULL, '', %s, 'snapshot', '2026-11-23 10:00:00.000')
                """.formatted(brand, group, id, role, inGroup, spoke == null ? "NULL" : "'" + spoke + "'"));
    }

    private static Javalin app() {
        return QueryApi.create(ClickHouse.at(clickHouse.jdbcUrl()), Fixtures.config());
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("groups").forEach(group -> ids.add(group.get("brand_id").asText() + "/" + group.get("group_id").asText()));
        return ids;
    }

    @Test
    void groups_without_token_is_401() {
        JavalinTest.test(app(), (server, client) -> {
            assertThat(client.get("/api/groups").code()).isEqualTo(401);
            assertThat(client.get("/api/groups/g-lively/health").code()).isEqualTo(401);
            assertThat(client.get("/api/groups/g-lively/members").code()).isEqualTo(401);
        });
    }

    @Test
    void the_brands_groups_with_their_latest_day_worst_active_rate_first() {
        JavalinTest.test(app(), (server, client) -> {
            JsonNode page = ok(get(client, "/api/groups", TOKEN_A));

            assertThat(page.get("total").asInt()).isEqualTo(3);
            assertThat(page.get("sort").asText()).isEqualTo("active_rate");
            assertThat(page.get("order").asText()).isEqualTo("asc");
            assertThat(ids(page)).containsExactly("brand_a/g-silent", "brand_a/g-leaving", "brand_a/g-lively");
            JsonNode lively = page.get("groups").get(2);
            assertThat(lively.get("day").asText()).isEqualTo("2026-11-23");
            assertThat(lively.get("members").asInt()).as("the newer row of the day").isEqualTo(197);
            assertThat(lively.get("active_members_7d").asInt()).isEqualTo(100);
            assertThat(lively.get("exits_7d").asInt()).as("today and yesterday, not eight days ago").isEqualTo(5);
            assertThat(lively.get("open_alerts").asInt()).as("its broadcast_only alert ended").isZero();
            assertThat(lively.has("last_member_message_at")).isFalse();
            JsonNode leaving = page.get("groups").get(1);
            assertThat(leaving.get("open_alerts").asInt()).isEqualTo(2);
            assertThat(leaving.get("alert_types").toString()).isEqualTo("[\"early_exits\",\"mass_exit\"]");
            assertThat(leaving.get("early_exits_7d").asInt()).isEqualTo(5);
        });
    }

    @Test
    void groups_sort_by_exits_or_alerts_and_come_in_pages() {
        JavalinTest.test(app(), (server, client) -> {
            assertThat(ids(ok(get(client, "/api/groups?sort=exits", TOKEN_A))))
                    .containsExactly("brand_a/g-leaving", "brand_a/g-lively", "brand_a/g-silent");
            assertThat(ids(ok(get(client, "/api/groups?sort=alerts", TOKEN_A))))
                    .containsExactly("brand_a/g-leaving", "brand_a/g-silent", "brand_a/g-lively");
            assertThat(ids(ok(get(client, "/api/groups?sort=members&order=asc", TOKEN_A))))
                    .containsExactly("brand_a/g-silent", "brand_a/g-lively", "brand_a/g-leaving");
            JsonNode second = ok(get(client, "/api/groups?sort=exits&limit=1&offset=1", TOKEN_A));
            assertThat(ids(second)).containsExactly("brand_a/g-lively");
            assertThat(second.get("total").asInt()).isEqualTo(3);
            assertThat(ids(ok(get(client, "/api/groups?sort=exits&limit=2&offset=3", TOKEN_A)))).isEmpty();
        });
    }

    @Test
    void a_token_sees_its_brands_groups_only() {
        JavalinTest.test(app(), (server, client) -> {
            assertThat(ok(get(client, "/api/groups", TOKEN_ALL)).get("total").asInt()).isEqualTo(4);
            assertThat(ids(ok(get(client, "/api/groups?brand=" + BRAND_B, TOKEN_ALL)))).containsExactly("brand_b/g-lively");
            assertThat(get(client, "/api/groups?brand=" + BRAND_B, TOKEN_A).code()).isEqualTo(403);
            assertThat(get(client, "/api/groups/g-lively/health?brand=" + BRAND_B, TOKEN_A).code()).isEqualTo(403);
        });
    }

    @Test
    void bad_list_parameters_are_400_naming_them() {
        JavalinTest.test(app(), (server, client) -> {
            assertBadRequest(get(client, "/api/groups?sort=name", TOKEN_A), "parameter 'sort' must be one of active_rate, members,");
            assertBadRequest(get(client, "/api/groups?order=up", TOKEN_A), "parameter 'order' must be asc or desc");
            assertBadRequest(get(client, "/api/groups?limit=0", TOKEN_A), "'limit'");
            assertBadRequest(get(client, "/api/groups?offset=-1", TOKEN_A), "'offset'");
        });
    }

    @Test
    void a_groups_health_is_its_daily_series_up_to_its_latest_day() {
        JavalinTest.test(app(), (server, client) -> {
            JsonNode health = ok(get(client, "/api/groups/g-lively/health", TOKEN_A));

            assertThat(health.get("from").asText()).isEqualTo("2026-10-25");
            assertThat(health.get("to").asText()).isEqualTo("2026-11-23");
            assertThat(days(health)).containsExactly("brand_a@2026-11-15=200", "brand_a@2026-11-22=200", "brand_a@2026-11-23=197");
            JsonNode today = health.get("days").get(2);
            assertThat(today.get("day_complete").asBoolean()).isFalse();
            assertThat(today.get("leaves").asInt()).isEqualTo(3);
            assertThat(today.get("early_exits").asInt()).isEqualTo(1);
            assertThat(today.get("active_rate").asDouble()).isCloseTo(100 / 197.0, org.assertj.core.data.Offset.offset(1e-6));
            assertThat(today.get("member_topics").asInt()).isEqualTo(3);
        });
    }

    @Test
    void from_and_to_are_days_both_included() {
        JavalinTest.test(app(), (server, client) -> {
            assertThat(days(ok(get(client, "/api/groups/g-lively/health?from=2026-11-22&to=2026-11-23", TOKEN_A))))
                    .containsExactly("brand_a@2026-11-22=200", "brand_a@2026-11-23=197");
            assertThat(days(ok(get(client, "/api/groups/g-lively/health?to=2026-11-22", TOKEN_A))))
                    .as("thirty days up to 'to'").containsExactly("brand_a@2026-11-15=200", "brand_a@2026-11-22=200");
            assertThat(days(ok(get(client, "/api/groups/g-lively/health?from=2026-11-23", TOKEN_ALL))))
                    .containsExactly("brand_a@2026-11-23=197", "brand_b@2026-11-23=50");
        });
    }

    @Test
    void bad_health_ranges_are_400_and_an_unknown_group_has_no_days() {
        JavalinTest.test(app(), (server, client) -> {
            String path = "/api/groups/g-lively/health";
            assertBadRequest(get(client, path + "?from=23.11.2026", TOKEN_A), "parameter 'from' must be a date such as 2026-11-23");
            assertBadRequest(get(client, path + "?from=2026-11-24&to=2026-11-23", TOKEN_A), "'from' must not be after 'to'");
            assertBadRequest(get(client, path + "?from=2025-01-01&to=2026-11-23", TOKEN_A), "at most 366 days");
            JsonNode none = ok(get(client, "/api/groups/no-such-group/health", TOKEN_A));
            assertThat(none.get("days")).isEmpty();
            assertThat(none.has("from")).isFalse();
        });
    }

    @Test
    void a_groups_members_are_who_is_in_it_now_latest_speaker_first() {
        JavalinTest.test(app(), (server, client) -> {
            JsonNode roster = ok(get(client, "/api/groups/g-lively/members", TOKEN_A));

            assertThat(roster.get("total").asInt()).as("u3 left").isEqualTo(3);
            assertThat(roster.get("active_members_7d").asInt()).isEqualTo(100);
            List<String> members = new ArrayList<>();
            roster.get("members").forEach(m -> members.add(m.get("member_id").asText() + ":" + m.get("role").asText()));
            assertThat(members).containsExactly("s1:staff", "u1:member", "u2:member");
            assertThat(roster.get("members").get(2).has("last_spoke_at")).isFalse();
            assertThat(roster.get("members").get(0).get("last_spoke_at").asText()).isEqualTo("2026-11-23T09:00:00Z");
            assertThat(ok(get(client, "/api/groups/g-lively/members?limit=1", TOKEN_A)).get("members")).hasSize(1);
        });
    }

    private static List<String> days(JsonNode health) {
        List<String> days = new ArrayList<>();
        health.get("days").forEach(day -> days.add(day.get("brand_id").asText() + "@" + day.get("day").asText() + "="
                + day.get("members").asInt()));
        return days;
    }
}
