package io.communitypulse.api;

import static io.communitypulse.api.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.communitypulse.api.clickhouse.ClickHouse;
import io.communitypulse.events.alert.AlertType;
import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import org.junit.jupiter.api.Test;

/** The dashboard's group list and group page: what the served scripts do, run in Node. */
class DashboardGroupsTest {

    private static Javalin app() {
        return QueryApi.create(ClickHouse.at("jdbc:clickhouse://127.0.0.1:1/pulse"), Fixtures.config());
    }

    private static String served(String path) {
        String[] body = new String[1];
        JavalinTest.test(app(), (server, client) -> body[0] = client.get(path).body().string());
        return body[0];
    }

    private static String groups(String expression) throws Exception {
        return Node.evaluate(served("/groups.js"), expression);
    }

    @Test
    void every_alert_type_has_a_name_in_both_languages() throws Exception {
        String types = String.join("','", AlertType.wireNames());
        String missing = Node.evaluate(served("/i18n.js"), """
                ['%s'].flatMap(type => ['zh', 'en'].filter(lang => !window.PULSE_STRINGS[lang]['type_' + type])
                  .map(lang => lang + ':' + type))""".formatted(types));

        assertThat(json(missing)).isEmpty();
    }

    @Test
    void a_column_sorts_worst_first_and_a_second_click_turns_it_round() throws Exception {
        String views = groups("""
                const g = window.PULSE_GROUPS;
                const first = g.sortBy({sort: 'active_rate', order: 'asc', offset: 40}, 'exits');
                [first, g.sortBy(first, 'exits'), g.sortBy(first, 'members'), g.listPath(first)]""");

        assertThat(json(views).toString()).isEqualTo("[{\"sort\":\"exits\",\"order\":\"desc\",\"offset\":0},"
                + "{\"sort\":\"exits\",\"order\":\"asc\",\"offset\":0},{\"sort\":\"members\",\"order\":\"desc\",\"offset\":0},"
                + "\"/api/groups?sort=exits&order=desc&limit=20&offset=0\"]");
    }

    @Test
    void pages_stay_within_the_list() throws Exception {
        String pages = groups("""
                const g = window.PULSE_GROUPS;
                const view = {sort: 'alerts', order: 'desc', offset: 20};
                [g.page(view, 1, 45).offset, g.page(view, 1, 40).offset, g.page(view, -1, 45).offset,
                 g.page({sort: 'alerts', order: 'desc', offset: 0}, -1, 45).offset, g.pageOf(20, 45), g.percent(0.1234), g.percent(null)]""");

        assertThat(json(pages).toString()).isEqualTo("[40,20,0,0,{\"page\":2,\"pages\":3},\"12.3%\",\"\"]");
    }

    @Test
    void the_page_has_the_group_list_and_the_group_page() {
        String html = served("/");

        assertThat(html).contains("id=\"group-table\"", "id=\"group-page\"", "id=\"group-health-chart\"", "id=\"group-members\"");
        assertThat(html.indexOf("/app.js")).as("groups.js uses what app.js exposes").isLessThan(html.indexOf("/groups.js"));
        assertThat(served("/app.js")).contains("window.PULSE_APP");
    }
}
