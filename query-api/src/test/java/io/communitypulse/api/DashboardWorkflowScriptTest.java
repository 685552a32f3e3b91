package io.communitypulse.api;

import static io.communitypulse.api.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.communitypulse.api.actions.ActionController;
import io.communitypulse.api.clickhouse.ClickHouse;
import io.javalin.testtools.JavalinTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The inbox's and alert page's shared script, as served: both languages complete, actions offered by role as the API allows. */
class DashboardWorkflowScriptTest {

    private static String served() {
        String[] scripts = new String[2];
        JavalinTest.test(QueryApi.create(ClickHouse.at("jdbc:clickhouse://127.0.0.1:1/pulse"), Fixtures.config()), (server, client) -> {
            scripts[0] = client.get("/i18n.js").body().string();
            scripts[1] = client.get("/workflow-i18n.js").body().string();
        });
        return scripts[0] + "\n" + scripts[1];
    }

    @Test
    void every_string_is_in_chinese_and_english() throws Exception {
        JsonNode keys = json(Node.evaluate(served(),
                "({zh: Object.keys(window.PULSE_STRINGS.zh).sort(), en: Object.keys(window.PULSE_STRINGS.en).sort()})"));

        assertThat(keys.get("zh")).isEqualTo(keys.get("en"));
        assertThat(keys.get("zh").toString()).contains("\"inbox\"", "\"status_acked\"", "\"delivery_failed\"");
    }

    @Test
    void the_page_offers_an_action_exactly_when_the_api_would_allow_it() throws Exception {
        List<String> checks = new ArrayList<>();
        for (String role : List.of("viewer", "operator", "admin")) {
            for (String action : ActionController.ACTIONS.keySet()) {
                checks.add("'" + role + "/" + action + "': window.PULSE_WORKFLOW.may('" + role + "', '" + action + "')");
            }
        }
        JsonNode offered = json(Node.evaluate(served(), "({" + String.join(", ", checks) + "})"));

        ActionController.ACTIONS.forEach((action, needed) -> {
            for (var role : io.communitypulse.api.auth.Role.values()) {
                assertThat(offered.get(role.wireName() + "/" + action).asBoolean()).as(role + " " + action)
                        .isEqualTo(role.includes(needed));
            }
        });
    }
}
