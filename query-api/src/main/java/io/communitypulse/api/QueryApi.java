package io.communitypulse.api;

import static io.communitypulse.api.http.Routes.getAndHead;

import io.communitypulse.api.actions.ActionController;
import io.communitypulse.api.actions.ActionRepository;
import io.communitypulse.api.activity.ActivityController;
import io.communitypulse.api.activity.ActivityRepository;
import io.communitypulse.api.alerts.AlertController;
import io.communitypulse.api.alerts.AlertRepository;
import io.communitypulse.api.alerts.AlertStreamController;
import io.communitypulse.api.auth.Access;
import io.communitypulse.api.auth.Authenticator;
import io.communitypulse.api.auth.MeController;
import io.communitypulse.api.deliveries.DeliveryRepository;
import io.communitypulse.api.clickhouse.ClickHouse;
import io.communitypulse.api.dashboard.Dashboard;
import io.communitypulse.api.groups.GroupRepository;
import io.communitypulse.api.groups.GroupsController;
import io.communitypulse.api.health.ClickHouseProbe;
import io.communitypulse.api.health.HealthController;
import io.communitypulse.api.incidents.IncidentController;
import io.communitypulse.api.incidents.IncidentRepository;
import io.communitypulse.api.http.ApiErrors;
import io.communitypulse.api.http.EventStreamRoute;
import io.communitypulse.api.openapi.OpenApiController;
import io.communitypulse.api.stream.AlertFeed;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;

/**
 * The Query API and dashboard as a Javalin app over one ClickHouse database. The app is not
 * started; the caller starts it (see {@link QueryApiServer}) or hands it to {@code JavalinTest}.
 * The live alert feed (a Kafka consumer) runs while the server runs.
 */
public final class QueryApi {

    private QueryApi() {
    }

    public static Javalin create(ClickHouse clickHouse, ApiConfig config) {
        AlertRepository alerts = new AlertRepository(clickHouse, config.clock());
        ActionRepository actions = new ActionRepository(clickHouse);
        AlertFeed feed = config.kafkaBootstrap() == null ? null
                : new AlertFeed(config.kafkaBootstrap(), config.heartbeat(), config.streamBufferPerPartition());

        Authenticator authenticator = new Authenticator(config.tokens());
        AlertController alertController = new AlertController(alerts, actions, new DeliveryRepository(clickHouse));
        ActionController actionController = new ActionController(alerts, actions, config.clock());
        AlertStreamController streamController = new AlertStreamController(feed);
        ActivityController activityController = new ActivityController(new ActivityRepository(clickHouse));
        IncidentController incidentController = new IncidentController(new IncidentRepository(clickHouse));
        GroupsController groupsController = new GroupsController(new GroupRepository(clickHouse));
        HealthController healthController = new HealthController(new ClickHouseProbe(clickHouse));

        OpenApiController openApi = new OpenApiController();
        Javalin app = Javalin.create(javalin -> {
            javalin.startup.showJavalinBanner = false;
            javalin.jsonMapper(new JavalinJackson(ApiJson.mapper(), false));
            if (feed != null) {
                javalin.events.serverStarted(feed::start);
                javalin.events.serverStopping(feed::close);
            }
            Dashboard.serve(javalin);
            ApiErrors.register(javalin);

            javalin.routes.beforeMatched(authenticator::authenticate);
            getAndHead(javalin.routes, "/api/health", healthController::get, Access.PUBLIC);
            getAndHead(javalin.routes, "/api/alerts", alertController::list, Access.TOKEN);
            getAndHead(javalin.routes, "/api/alerts/stream", EventStreamRoute.of(streamController::check, streamController::subscribe),
                    Access.TOKEN_OR_QUERY_PARAMETER);
            getAndHead(javalin.routes, "/api/alerts/{alertId}", alertController::get, Access.TOKEN);
            ActionController.ACTIONS.keySet().forEach(action -> javalin.routes.post("/api/alerts/{alertId}/" + action,
                    actionController.handlerFor(action), Access.TOKEN));
            getAndHead(javalin.routes, "/api/me", new MeController()::get, Access.TOKEN);
            getAndHead(javalin.routes, "/api/groups/{groupId}/activity", activityController::get, Access.TOKEN);
            getAndHead(javalin.routes, "/api/incidents", incidentController::list, Access.TOKEN);
            getAndHead(javalin.routes, "/api/groups", groupsController::list, Access.TOKEN);
            getAndHead(javalin.routes, "/api/groups/{groupId}/health", groupsController::health, Access.TOKEN);
            getAndHead(javalin.routes, "/api/groups/{groupId}/members", groupsController::members, Access.TOKEN);
            javalin.routes.get("/openapi.json", openApi::get, Access.PUBLIC);
        });
        openApi.describe(app);
        return app;
    }
}
