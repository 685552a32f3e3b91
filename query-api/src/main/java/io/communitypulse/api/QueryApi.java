package io.communitypulse.api;

import static io.communitypulse.api.http.Routes.getAndHead;

import io.communitypulse.api.activity.ActivityController;
import io.communitypulse.api.activity.ActivityRepository;
import io.communitypulse.api.alerts.AlertController;
import io.communitypulse.api.alerts.AlertPoller;
import io.communitypulse.api.alerts.AlertRepository;
import io.communitypulse.api.alerts.AlertStreamController;
import io.communitypulse.api.alerts.AlertSubscribers;
import io.communitypulse.api.auth.Access;
import io.communitypulse.api.auth.Authenticator;
import io.communitypulse.api.clickhouse.ClickHouse;
import io.communitypulse.api.dashboard.Dashboard;
import io.communitypulse.api.health.ClickHouseProbe;
import io.communitypulse.api.health.HealthController;
import io.communitypulse.api.incidents.IncidentController;
import io.communitypulse.api.incidents.IncidentRepository;
import io.communitypulse.api.http.ApiErrors;
import io.communitypulse.api.http.EventStreamRoute;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;

/**
 * The Query API and dashboard as a Javalin app over one ClickHouse database. The app is not
 * started; the caller starts it (see {@link QueryApiServer}) or hands it to {@code JavalinTest}.
 * The shared alert poller runs while the server runs.
 */
public final class QueryApi {

    private QueryApi() {
    }

    public static Javalin create(ClickHouse clickHouse, ApiConfig config) {
        AlertRepository alerts = new AlertRepository(clickHouse);
        AlertSubscribers subscribers = new AlertSubscribers();
        AlertPoller poller = new AlertPoller(alerts, subscribers, config.alertPollInterval());

        Authenticator authenticator = new Authenticator(config.tokens());
        AlertController alertController = new AlertController(alerts);
        AlertStreamController streamController = new AlertStreamController(subscribers);
        ActivityController activityController = new ActivityController(new ActivityRepository(clickHouse));
        IncidentController incidentController = new IncidentController(new IncidentRepository(clickHouse));
        HealthController healthController = new HealthController(new ClickHouseProbe(clickHouse));

        return Javalin.create(javalin -> {
            javalin.startup.showJavalinBanner = false;
            javalin.jsonMapper(new JavalinJackson(ApiJson.mapper(), false));
            javalin.events.serverStarted(poller::start);
            javalin.events.serverStopping(poller::close);
            Dashboard.serve(javalin);
            ApiErrors.register(javalin);

            javalin.routes.beforeMatched(authenticator::authenticate);
            getAndHead(javalin.routes, "/api/health", healthController::get, Access.PUBLIC);
            getAndHead(javalin.routes, "/api/alerts", alertController::list, Access.TOKEN);
            getAndHead(javalin.routes, "/api/alerts/stream", EventStreamRoute.of(streamController::subscribe),
                    Access.TOKEN_OR_QUERY_PARAMETER);
            getAndHead(javalin.routes, "/api/groups/{groupId}/activity", activityController::get, Access.TOKEN);
            getAndHead(javalin.routes, "/api/incidents", incidentController::list, Access.TOKEN);
        });
    }
}
