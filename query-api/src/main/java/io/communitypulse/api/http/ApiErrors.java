package io.communitypulse.api.http;

import io.communitypulse.api.clickhouse.ClickHouseUnavailable;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.MethodNotAllowedResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every failure into a JSON {@link ApiError}: 4xx for the caller's mistakes, 5xx for ours.
 * That includes what Jetty refuses before routing ({@link JsonErrorHandler}) and a method a route
 * does not take (405 with {@code Allow}, not 404).
 */
public final class ApiErrors {

    private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

    private ApiErrors() {
    }

    public static void register(JavalinConfig config) {
        config.http.prefer405over404 = true;
        config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
        config.routes.exception(MethodNotAllowedResponse.class, ApiErrors::methodNotAllowed);
        config.routes.exception(HttpResponseException.class, (e, ctx) -> respond(ctx, e.getStatus(), e.getMessage()));
        config.routes.exception(ClickHouseUnavailable.class, (e, ctx) -> {
            LOG.warn("{} {}: {}", ctx.method(), ctx.path(), e.getMessage());
            respond(ctx, HttpStatus.SERVICE_UNAVAILABLE.getCode(), "ClickHouse is unavailable");
        });
        config.routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            respond(ctx, HttpStatus.INTERNAL_SERVER_ERROR.getCode(), "internal error");
        });
        config.routes.error(HttpStatus.NOT_FOUND,
                ctx -> respond(ctx, HttpStatus.NOT_FOUND.getCode(), "no such resource: " + ctx.path()));
    }

    /** Javalin lists the route's methods as the one value of the details (its key depends on Accept). */
    private static void methodNotAllowed(MethodNotAllowedResponse e, Context ctx) {
        String allowed = String.join(", ", e.getDetails().values());
        ctx.header("Allow", allowed);
        respond(ctx, HttpStatus.METHOD_NOT_ALLOWED.getCode(),
                "method " + ctx.method() + " is not allowed on " + ctx.path() + "; allowed: " + allowed);
    }

    private static void respond(Context ctx, int status, String message) {
        ctx.status(status).json(new ApiError(message, status));
    }
}
