package io.communitypulse.api;

import static io.communitypulse.api.Fixtures.TOKEN_A;
import static io.communitypulse.api.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.communitypulse.api.clickhouse.ClickHouse;
import io.communitypulse.testing.ClickHouseExtension;
import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Errors the routes never see (Jetty's own refusals, methods no route takes) are the same JSON body. */
class HttpErrorsTest {

    @RegisterExtension
    static final ClickHouseExtension clickHouse = new ClickHouseExtension();

    private static final String TEN_KB = "a".repeat(10 * 1024);

    private static Javalin app() {
        return QueryApi.create(ClickHouse.at(clickHouse.jdbcUrl()), Fixtures.config());
    }

    private static void assertJsonError(RawHttp.Response response, int status, String messagePart) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/json");
        JsonNode body = json(response.body());
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("error").asText()).contains(messagePart);
        assertThat(body.size()).as("only error and status: %s", body).isEqualTo(2);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "/../etc/passwd",
        "/%2e%2e/api/alerts",
        "/api/alerts/..;/health",
    })
    void a_path_that_climbs_or_hides_its_segments_is_400_json(String path) {
        JavalinTest.test(app(), (server, client) ->
                assertJsonError(RawHttp.send(server.port(), "GET", path), 400, "malformed request"));
    }

    @Test
    void a_10kb_url_is_414_json() {
        JavalinTest.test(app(), (server, client) ->
                assertJsonError(RawHttp.send(server.port(), "GET", "/api/alerts?brand=" + TEN_KB), 414, "URL is too long"));
    }

    @Test
    void a_10kb_header_or_token_is_431_json() {
        JavalinTest.test(app(), (server, client) -> {
            assertJsonError(RawHttp.send(server.port(), "GET", "/api/alerts", "X-Filler: " + TEN_KB),
                    431, "headers are too large");
            assertJsonError(RawHttp.send(server.port(), "GET", "/api/alerts", "Authorization: Bearer " + TEN_KB),
                    431, "headers are too large");
        });
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "POST,   /api/alerts",
        "PUT,    /api/alerts",
        "DELETE, /api/alerts",
        "PATCH,  /api/health",
        "POST,   /api/alerts/stream",
        "DELETE, /api/groups/g1/activity",
    })
    void a_method_a_route_does_not_take_is_405_with_allow(String method, String path) {
        JavalinTest.test(app(), (server, client) -> {
            RawHttp.Response response = RawHttp.send(server.port(), method, path, "Authorization: Bearer " + TOKEN_A,
                    "Content-Length: 0");

            assertJsonError(response, 405, "method " + method + " is not allowed on " + path);
            assertThat(response.header("Allow").split(", ")).containsExactlyInAnyOrder("GET", "HEAD");
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/api/alerts", "/api/groups/g1/activity", "/api/alerts/stream"})
    void head_without_token_is_401_like_get(String path) {
        JavalinTest.test(app(), (server, client) -> {
            RawHttp.Response head = RawHttp.send(server.port(), "HEAD", path, "Accept: text/event-stream");

            assertThat(head.status()).isEqualTo(401);
            assertThat(head.body()).isEmpty();
            assertThat(RawHttp.send(server.port(), "GET", path, "Accept: text/event-stream").status()).isEqualTo(401);
        });
    }

    @Test
    void head_with_a_token_answers_as_get_without_a_body() {
        JavalinTest.test(app(), (server, client) -> {
            RawHttp.Response head = RawHttp.send(server.port(), "HEAD", "/api/alerts", "Authorization: Bearer " + TOKEN_A);

            assertThat(head.status()).isEqualTo(200);
            assertThat(head.header("Content-Type")).startsWith("application/json");
            assertThat(head.body()).isEmpty();
            assertThat(RawHttp.send(server.port(), "HEAD", "/api/alerts?limit=0", "Authorization: Bearer " + TOKEN_A)
                    .status()).isEqualTo(400);
        });
    }
}
