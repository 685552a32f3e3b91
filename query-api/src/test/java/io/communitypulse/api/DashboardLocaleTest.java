package io.communitypulse.api;

import static io.communitypulse.api.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.communitypulse.api.clickhouse.ClickHouse;
import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The dashboard speaks the browser's language and shows Beijing time beside UTC, as served by the app. */
class DashboardLocaleTest {

    /** Serving static files needs no database. */
    private static Javalin app() {
        return QueryApi.create(ClickHouse.at("jdbc:clickhouse://127.0.0.1:1/pulse"), Fixtures.config());
    }

    private static String servedI18n() throws Exception {
        String[] script = new String[1];
        JavalinTest.test(app(), (server, client) -> script[0] = client.get("/i18n.js").body().string());
        return script[0];
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "['zh-CN', 'en-US']   | zh",
        "['en-US', 'zh-CN']   | en",
        "['fr-FR', 'zh-TW']   | zh",
        "['ZH-hans-CN']       | zh",
        "['de-DE']            | en",
        "[]                   | en",
    })
    void picks_the_first_of_the_browsers_languages_it_has(String preferred, String language) throws Exception {
        String picked = Node.evaluate(servedI18n(), "window.PULSE_I18N.pickLanguage(" + preferred + ")");

        assertThat(json(picked).asText()).isEqualTo(language);
    }

    @Test
    void writes_an_instant_in_beijing_time_and_in_utc() throws Exception {
        String times = Node.evaluate(servedI18n(), """
                ['Asia/Shanghai', 'UTC'].map(zone => window.PULSE_I18N.formatTime('2025-06-01T16:30:05.120Z', zone))
                  .concat([window.PULSE_I18N.zones.beijing, window.PULSE_I18N.formatTime(null, 'UTC')])""");

        assertThat(json(times).toString())
                .isEqualTo("[\"2025-06-02 00:30:05\",\"2025-06-01 16:30:05\",\"Asia/Shanghai\",\"\"]");
    }

    @Test
    void every_string_is_in_both_languages() throws Exception {
        String missing = Node.evaluate(servedI18n(), """
                const s = window.PULSE_STRINGS;
                Object.keys(s.zh).filter(k => !(k in s.en)).concat(Object.keys(s.en).filter(k => !(k in s.zh)))""");

        assertThat(json(missing)).isEmpty();
    }

    @Test
    void the_page_follows_the_browsers_language_and_offers_the_zone_switch() {
        JavalinTest.test(app(), (server, client) -> {
            assertThat(client.get("/").body().string()).contains("id=\"zone\"");
            assertThat(client.get("/app.js").body().string())
                    .contains("I18N.pickLanguage(navigator.languages", "languagechange", "I18N.formatTime(iso, I18N.zones[state.zone])");
        });
    }
}
