package io.communitypulse.api.openapi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.Comparator;
import java.util.List;

/**
 * {@code GET /openapi.json}: the API's OpenAPI document, built once the app's routes are known; the
 * browsable page is {@code /api-docs.html} (Swagger UI from its webjar).
 */
public final class OpenApiController {

    private volatile ObjectNode document;

    /** Reads the routes Javalin has: call once the app is created. */
    public void describe(Javalin app) {
        List<OpenApiDocument.Route> routes = app.unsafe.internalRouter.allHttpHandlers().stream()
                .filter(parsed -> parsed.endpoint.method.isHttpMethod())
                .map(parsed -> new OpenApiDocument.Route(parsed.endpoint.method.name(), parsed.endpoint.path))
                .sorted(Comparator.comparing(OpenApiDocument.Route::path).thenComparing(OpenApiDocument.Route::method))
                .toList();
        String version = OpenApiController.class.getPackage().getImplementationVersion();
        document = OpenApiDocument.build(routes, ApiDescriptions.all(), version == null ? "development" : version);
    }

    public void get(Context ctx) {
        ctx.json(document);
    }
}
