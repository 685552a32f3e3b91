package io.communitypulse.api.http;

import io.communitypulse.api.clickhouse.ClickHouseUnavailable;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns every failure into a JSON {@link ApiError}: 4xx for the caller's mistakes, 5xx for ours. */
public final class ApiErrors {

    private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

    private ApiErrors() {
    }

    public static void register(RoutesConfig routes) {
        routes.exception(HttpResponseException.class, (e, ctx) -> respond(ctx, e.getStatus(), e.getMessage()));
        routes.exception(ClickHouseUnavailable.class, (e, ctx) -> {
            LOG.warn("{} {}: {}", ctx.method(), ctx.path(), e.getMessage());
            respond(ctx, HttpStatus.SERVICE_UNAVAILABLE.getCode(), "ClickHouse is unavailable");
        });
        routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            respond(ctx, HttpStatus.INTERNAL_SERVER_ERROR.getCode(), "internal error");
        });
        routes.error(HttpStatus.NOT_FOUND,
                ctx -> respond(ctx, HttpStatus.NOT_FOUND.getCode(), "no such resource: " + ctx.path()));
    }

    private static void respond(Context ctx, int status, String message) {
        ctx.status(status).json(new ApiError(message, status));
    }
}
