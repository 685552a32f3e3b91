package io.communitypulse.api;

import static io.communitypulse.api.Fixtures.TOKEN_A;
import static io.communitypulse.api.Fixtures.get;
import static io.communitypulse.api.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.communitypulse.api.clickhouse.ClickHouse;
import io.communitypulse.testing.ClickHouseExtension;
import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class HealthAndDashboardTest {

    @RegisterExtension
    static final ClickHouseExtension clickHouse = new ClickHouseExtension();

    /** Nothing listens on port 1. */
    private static final String UNREACHABLE = "jdbc:clickhouse://127.0.0.1:1/pulse";

    private static final Pattern CHART_SCRIPT = Pattern.compile("src=\"(/webjars/chart\\.js/[^\"]+\\.js)\"");

    private static Javalin app(String jdbcUrl) {
        return QueryApi.create(ClickHouse.at(jdbcUrl), Fixtures.config());
    }

    @Test
    void health_needs_no_token_and_reports_the_clickhouse_version() {
        JavalinTest.test(app(clickHouse.jdbcUrl()), (server, client) -> {
            var response = client.get("/api/health");
            assertThat(response.code()).isEqualTo(200);
            JsonNode health = json(response);
            assertThat(health.get("status").asText()).isEqualTo("ok");
            assertThat(health.get("clickhouse").get("reachable").asBoolean()).isTrue();
            assertThat(health.get("clickhouse").get("version").asText()).matches("\\d+\\.\\d+.*");
        });
    }

    @Test
    void health_is_503_when_clickhouse_is_unreachable() {
        JavalinTest.test(app(UNREACHABLE), (server, client) -> {
            var response = client.get("/api/health");
            assertThat(response.code()).isEqualTo(503);
            assertThat(json(response).get("clickhouse").get("reachable").asBoolean()).isFalse();
        });
    }

    @Test
    void queries_are_503_json_when_clickhouse_is_unreachable() {
        JavalinTest.test(app(UNREACHABLE), (server, client) -> {
            var response = get(client, "/api/alerts", TOKEN_A);
            assertThat(response.code()).isEqualTo(503);
            assertThat(json(response).get("error").asText()).contains("ClickHouse");
        });
    }

    @Test
    void the_dashboard_page_and_its_scripts_are_served_without_a_token() {
        JavalinTest.test(app(clickHouse.jdbcUrl()), (server, client) -> {
            var page = client.get("/");
            assertThat(page.code()).isEqualTo(200);
            String html = page.body().string();
            assertThat(html).contains("<canvas id=\"activity-chart\"", "/app.js", "/i18n.js");

            Matcher chartScript = CHART_SCRIPT.matcher(html);
            assertThat(chartScript.find()).as("chart.js script tag in " + html).isTrue();
            var chartJs = client.get(chartScript.group(1));
            assertThat(chartJs.code()).as(chartScript.group(1)).isEqualTo(200);
            assertThat(chartJs.body().string()).contains("Chart");

            assertThat(client.get("/app.js").body().string()).contains("EventSource", "access_token");
            assertThat(client.get("/i18n.js").body().string()).contains("zh:", "en:");
        });
    }
}
