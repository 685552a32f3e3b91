package io.communitypulse.api.openapi;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The OpenAPI 3.1 document of the API, built from the routes Javalin actually has and their
 * {@link Description}s, with schemas derived from the records served ({@link Schemas}). A route without a
 * description still appears (marked so): {@code OpenApiTest} fails on it.
 */
public final class OpenApiDocument {

    /** A route as registered: method and path. */
    public record Route(String method, String path) {}

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private OpenApiDocument() {}

    public static ObjectNode build(List<Route> routes, Map<String, Description> descriptions, String version) {
        Schemas schemas = new Schemas();
        ObjectNode document = JSON.objectNode().put("openapi", "3.1.0");
        document.putObject("info").put("title", "Community Pulse API").put("version", version)
                .put("description", "Alerts, incidents and group activity of brand communities; operators' workflow. "
                        + "Errors are {\"error\", \"status\"} JSON (docs/api.md).");
        ObjectNode paths = document.putObject("paths");
        for (Route route : routes) {
            String key = route.method() + " " + route.path();
            Description description = descriptions.get(route.method().equals("HEAD") ? "GET " + route.path() : key);
            ObjectNode path = paths.has(openApiPath(route.path())) ? (ObjectNode) paths.get(openApiPath(route.path()))
                    : paths.putObject(openApiPath(route.path()));
            path.set(route.method().toLowerCase(Locale.ROOT), operation(route, description, schemas));
        }
        ObjectNode components = document.putObject("components");
        ObjectNode security = components.putObject("securitySchemes");
        security.putObject("bearer").put("type", "http").put("scheme", "bearer");
        security.putObject("accessToken").put("type", "apiKey").put("in", "query").put("name", "access_token");
        ObjectNode error = JSON.objectNode().put("type", "object");
        error.putObject("properties").<ObjectNode>set("error", JSON.objectNode().put("type", "string"))
                .set("status", JSON.objectNode().put("type", "integer"));
        components.putObject("schemas").setAll(schemas.components());
        ((ObjectNode) components.get("schemas")).set("Error", error);
        return document;
    }

    private static ObjectNode operation(Route route, Description description, Schemas schemas) {
        ObjectNode operation = JSON.objectNode();
        if (description == null) {
            return operation.put("summary", "(not described)");
        }
        boolean head = route.method().equals("HEAD");
        operation.put("summary", head ? description.summary + " (headers only)" : description.summary);
        operation.withArray("tags").add(description.tag);
        ArrayNode parameters = operation.putArray("parameters");
        for (Description.Parameter parameter : description.parameters) {
            ObjectNode node = parameters.addObject().put("name", parameter.name()).put("in", parameter.in())
                    .put("required", parameter.required()).put("description", parameter.description());
            boolean time = parameter.type().equals("date-time") || parameter.type().equals("date");
            ObjectNode schema = time
                    ? JSON.objectNode().put("type", "string").put("format", parameter.type())
                    : JSON.objectNode().put("type", parameter.type());
            parameter.values().forEach(value -> schema.withArray("enum").add(value));
            node.set("schema", schema);
        }
        if (description.needsToken) {
            ArrayNode security = operation.putArray("security");
            security.addObject().putArray("bearer");
            if (description.responseType.equals("text/event-stream")) {
                security.addObject().putArray("accessToken");
            }
        }
        if (description.requestBody != null) {
            operation.putObject("requestBody").put("required", false).putObject("content").putObject("application/json")
                    .set("schema", schemas.of(description.requestBody));
        }
        ObjectNode responses = operation.putObject("responses");
        ObjectNode ok = responses.putObject(Integer.toString(description.status)).put("description", "success");
        if (!head && description.response != null) {
            ok.putObject("content").putObject(description.responseType).set("schema", schemas.of(description.response));
        } else if (!head) {
            ok.putObject("content").putObject(description.responseType).putObject("schema").put("type", "string");
        }
        if (description.needsToken) {
            description.errors.putIfAbsent(401, "no or an unknown token");
        }
        description.errors.forEach((code, when) -> responses.putObject(Integer.toString(code)).put("description", when)
                .putObject("content").putObject("application/json").putObject("schema").put("$ref", "#/components/schemas/Error"));
        return operation;
    }

    /** Javalin's {@code {alertId}} is OpenAPI's too; only the path's form is checked here. */
    private static String openApiPath(String path) {
        return path;
    }
}
