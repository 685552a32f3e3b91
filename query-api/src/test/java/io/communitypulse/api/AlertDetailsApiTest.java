package io.communitypulse.api;

import static io.communitypulse.api.Fixtures.BRAND_A;
import static io.communitypulse.api.Fixtures.TOKEN_A;
import static io.communitypulse.api.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.communitypulse.api.clickhouse.ClickHouse;
import io.communitypulse.testing.ClickHouseExtension;
import io.javalin.testtools.JavalinTest;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The generic alert row (sql/008) as the API serves it, and a row from before it. */
class AlertDetailsApiTest {

    @RegisterExtension
    static final ClickHouseExtension clickHouse = new ClickHouseExtension();

    @BeforeAll
    static void seed() throws Exception {
        clickHouse.execute("""
                INSERT INTO alerts (alert_id, revision, brand_id, alert_type, severity, state, group_id, subject_kind,
                  subject, aspects, distinct_members, first_seen, last_seen, detected_at, member_ids, evidence_message_ids,
                  evidence_texts, evidence_sender_ids, evidence_times, cues, summary, details, related_alert_ids, incident_id)
                VALUES ('cs-new', 2, '%s', 'clock_skew', 6, 'growing', '', 'producer', '%s', [], 0,
                  '2025-06-01 08:00:00.000', '2025-06-01 08:05:00.000', '2025-06-01 08:00:00.000', [], ['k1'],
                  ['dated 2025-06-02T08:00:00Z'], [''], ['2025-06-01 08:00:00.000'], [], '10 events dated ahead',
                  '{"records":10,"max_lead_seconds":86400}', ['cs-older'], '')
                """.formatted(BRAND_A, BRAND_A));
        clickHouse.execute(SeededAlert.cascade("nc-old-row", BRAND_A, Instant.parse("2025-06-01T07:00:00Z")).insertSql());
    }

    @Test
    void a_generic_alert_serves_its_state_details_and_evidence_times() {
        JavalinTest.test(QueryApi.create(ClickHouse.at(clickHouse.jdbcUrl()), Fixtures.config()), (server, client) -> {
            JsonNode alert = onlyAlert(client, "clock_skew");

            assertThat(alert.get("state").asText()).isEqualTo("growing");
            assertThat(alert.get("detected_at").asText()).isEqualTo("2025-06-01T08:00:00Z");
            assertThat(alert.get("details").get("max_lead_seconds").asLong()).isEqualTo(86400);
            assertThat(alert.get("related_alert_ids").get(0).asText()).isEqualTo("cs-older");
            assertThat(alert.get("evidence").get(0).get("sent_at").asText()).isEqualTo("2025-06-01T08:00:00Z");
        });
    }

    @Test
    void a_row_from_before_the_generic_columns_reads_with_their_defaults() {
        JavalinTest.test(QueryApi.create(ClickHouse.at(clickHouse.jdbcUrl()), Fixtures.config()), (server, client) -> {
            JsonNode alert = onlyAlert(client, "negative_cascade");

            assertThat(alert.get("state").asText()).isEqualTo("open");
            assertThat(alert.get("details").isObject()).isTrue();
            assertThat(alert.get("distinct_members").asInt()).isEqualTo(3);
            assertThat(alert.get("detected_at").asText()).isEqualTo(alert.get("first_seen").asText());
            assertThat(alert.get("evidence")).hasSize(3);
        });
    }

    private static JsonNode onlyAlert(io.javalin.testtools.HttpClient client, String type) {
        JsonNode alerts = json(client.get("/api/alerts?type=" + type, req -> req.header("Authorization", "Bearer " + TOKEN_A)));
        assertThat(alerts).hasSize(1);
        return alerts.get(0);
    }
}
