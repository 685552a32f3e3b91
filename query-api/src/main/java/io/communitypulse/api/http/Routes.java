package io.communitypulse.api.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import io.javalin.security.RouteRole;

/** Route registration the API's way: every GET also answers HEAD, through the same handler and roles. */
public final class Routes {

    private Routes() {
    }

    /**
     * Javalin answers HEAD for a GET route by itself, 200 and before any before-matched handler, so
     * without a token too; an explicit HEAD route runs authentication and the handler like GET does
     * (Jetty sends no body for HEAD).
     */
    public static void getAndHead(RoutesConfig routes, String path, Handler handler, RouteRole... roles) {
        routes.get(path, handler, roles);
        routes.head(path, handler, roles);
    }
}
