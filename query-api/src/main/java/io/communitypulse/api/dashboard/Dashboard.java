package io.communitypulse.api.dashboard;

import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;

/**
 * The dashboard: static files from {@code resources/dashboard} at {@code /}, and the chart.js
 * webjar at {@code /webjars/chart.js/<version>/...}. The page holds no data; it calls the API with
 * the token from {@code ?access_token=}.
 */
public final class Dashboard {

    private Dashboard() {
    }

    public static void serve(JavalinConfig config) {
        config.staticFiles.add(files -> {
            files.hostedPath = "/";
            files.directory = "/dashboard";
            files.location = Location.CLASSPATH;
        });
        config.staticFiles.enableWebjars();
    }
}
