package io.communitypulse.api;

import static io.communitypulse.api.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.communitypulse.api.clickhouse.ClickHouse;
import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The OpenAPI document describes every route the app has, with schemas taken from the records it serves. */
class OpenApiTest {

    private static Javalin app() {
        return QueryApi.create(ClickHouse.at("jdbc:clickhouse://127.0.0.1:1/pulse"), Fixtures.config());
    }

    @Test
    void every_registered_route_is_described() {
        Javalin app = app();
        List<String> registered = new ArrayList<>();
        app.unsafe.internalRouter.allHttpHandlers().stream().filter(parsed -> parsed.endpoint.method.isHttpMethod())
                .forEach(parsed -> registered.add(parsed.endpoint.method.name().toLowerCase() + " " + parsed.endpoint.path));

        JavalinTest.test(app, (server, client) -> {
            var response = client.get("/openapi.json");
            assertThat(response.code()).as("no token needed").isEqualTo(200);
            JsonNode document = json(response);

            assertThat(document.get("openapi").asText()).isEqualTo("3.1.0");
            assertThat(registered).hasSizeGreaterThan(10).allSatisfy(route -> {
                String[] parts = route.split(" ", 2);
                JsonNode operation = document.at("/paths/" + parts[1].replace("/", "~1") + "/" + parts[0]);
                assertThat(operation.isMissingNode()).as(route + " in the document").isFalse();
                assertThat(operation.get("summary").asText()).as(route + " described").isNotEqualTo("(not described)");
            });
        });
    }

    @Test
    void actions_show_their_body_roles_and_errors_and_alerts_their_fields() {
        JavalinTest.test(app(), (server, client) -> {
            JsonNode document = json(client.get("/openapi.json"));
            JsonNode ack = document.at("/paths/~1api~1alerts~1{alertId}~1ack/post");

            assertThat(ack.get("summary").asText()).contains("operator");
            assertThat(ack.at("/responses").fieldNames()).toIterable().contains("201", "400", "401", "403", "404");
            assertThat(ack.at("/requestBody/content/application~1json/schema/$ref").asText()).endsWith("/ActionBody");
            JsonNode schemas = document.at("/components/schemas");
            assertThat(schemas.at("/ActionBody/properties").fieldNames()).toIterable().containsExactly("comment", "until", "minutes");
            assertThat(schemas.at("/Alert/properties").fieldNames()).toIterable()
                    .contains("alert_id", "revision", "type", "brand_id", "state", "evidence", "details", "incident_id");
            assertThat(schemas.at("/Alert/properties/details/type").asText()).isEqualTo("object");
            assertThat(schemas.at("/AlertView/allOf/0/$ref").asText()).endsWith("/Alert");
            assertThat(schemas.at("/AlertView/allOf/1/properties/workflow/$ref").asText()).endsWith("/Workflow");
            assertThat(document.at("/paths/~1api~1alerts/get/parameters").findValuesAsText("name"))
                    .contains("brand", "type", "since", "status", "limit");
        });
    }

    @Test
    void the_browsable_page_loads_swagger_ui_from_its_webjar() {
        JavalinTest.test(app(), (server, client) -> {
            String page = client.get("/api-docs.html").body().string();
            String version = page.replaceAll("(?s).*/webjars/swagger-ui/([^/]+)/swagger-ui-bundle.js.*", "$1");

            assertThat(page).contains("/api-docs.js");
            assertThat(client.get("/webjars/swagger-ui/" + version + "/swagger-ui-bundle.js").code()).isEqualTo(200);
            assertThat(client.get("/api-docs.js").body().string()).contains("/openapi.json");
        });
    }
}
