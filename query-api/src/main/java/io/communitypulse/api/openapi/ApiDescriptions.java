package io.communitypulse.api.openapi;

import io.communitypulse.api.actions.ActionBody;
import io.communitypulse.api.actions.ActionController;
import io.communitypulse.api.activity.GroupActivity;
import io.communitypulse.api.alerts.AlertDetail;
import io.communitypulse.api.alerts.AlertView;
import io.communitypulse.api.auth.MeController;
import io.communitypulse.api.groups.GroupHealth;
import io.communitypulse.api.groups.GroupPage;
import io.communitypulse.api.groups.GroupRoster;
import io.communitypulse.api.health.Health;
import io.communitypulse.api.incidents.Incident;
import io.communitypulse.events.alert.AlertType;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the OpenAPI document says about each route, keyed by method and path as Javalin registers them
 * ({@code "GET /api/alerts"}). {@code OpenApiTest} checks that every registered route has one.
 */
public final class ApiDescriptions {

    private static final String ALERTS = "alerts";
    private static final String[] STATUSES = {"open", "acked", "snoozed", "resolved"};

    private ApiDescriptions() {}

    public static Map<String, Description> all() {
        Map<String, Description> routes = new LinkedHashMap<>();
        routes.put("GET /api/health", Description.of("health", "Whether the API and ClickHouse answer; no token")
                .publicRoute().returns(200, Health.class).error(503, "ClickHouse does not answer"));
        routes.put("GET /api/alerts", Description.of(ALERTS, "Current alerts (newest last_seen first) with their workflow")
                .query("brand", "string", "only this brand (one of the token's)")
                .query("type", "string", "alert type", AlertType.wireNames().toArray(String[]::new))
                .query("since", "date-time", "alerts whose last_seen >= since")
                .query("status", "string", "the inbox: what operators made of the alert", STATUSES)
                .query("limit", "integer", "1..1000, default 100")
                .returns(200, Types.listOf(AlertView.class)).error(400, "a malformed parameter").error(403, "brand outside the token"));
        routes.put("GET /api/alerts/stream", Description.of(ALERTS,
                        "Server-sent alert events from the topic; the event id resumes (Last-Event-ID)")
                .query("access_token", "string", "the token, for EventSource, which cannot send headers")
                .query("last_event_id", "string", "as the Last-Event-ID header: resume after this event")
                .returnsEvents().error(400, "a malformed Last-Event-ID").error(406, "no Accept: text/event-stream")
                .error(503, "the API runs without Kafka"));
        routes.put("GET /api/alerts/{alertId}", Description.of(ALERTS, "One alert with its workflow, audit trail and deliveries")
                .path("alertId", "the alert's id").returns(200, AlertDetail.class).error(404, "not in the token's brands"));
        ActionController.ACTIONS.forEach((action, role) -> routes.put("POST /api/alerts/{alertId}/" + action,
                Description.of("workflow", "Record '" + action + "' on the alert (needs the " + role.wireName()
                                + " role for its brand)")
                        .path("alertId", "the alert's id").body(ActionBody.class).returns(201, ActionController.Result.class)
                        .error(400, "a malformed body").error(403, "the token's role for the brand is too low")
                        .error(404, "not in the token's brands")));
        routes.put("GET /api/me", Description.of("auth", "The token's name and role per brand").returns(200, MeController.Me.class));
        routes.put("GET /api/groups/{groupId}/activity", Description.of("groups", "Per-minute activity of one group")
                .path("groupId", "the group").query("from", "date-time", "start (inclusive)").query("to", "date-time", "end (exclusive)")
                .query("brand", "string", "only this brand").returns(200, GroupActivity.class).error(400, "a malformed range"));
        routes.put("GET /api/incidents", Description.of("incidents", "Complaint incidents across groups")
                .query("brand", "string", "only this brand").query("state", "string", "incident state", "open", "ended")
                .query("min_groups", "integer", "reached at least this many groups").query("since", "date-time", "last_seen >= since")
                .query("limit", "integer", "1..1000, default 100").returns(200, Types.listOf(Incident.class)));
        routes.put("GET /api/groups", Description.of("groups",
                        "The brand's groups with their latest day's health, 7-day exits and open alerts, worst first, in pages")
                .query("brand", "string", "only this brand")
                .query("sort", "string", "what to sort by", "active_rate", "members", "exits", "early_exits", "alerts",
                        "last_member_message", "group")
                .query("order", "string", "asc or desc; by default the worst first", "asc", "desc")
                .query("offset", "integer", "0..1000000, default 0").query("limit", "integer", "1..500, default 50")
                .returns(200, GroupPage.class).error(400, "a malformed parameter").error(403, "brand outside the token"));
        routes.put("GET /api/groups/{groupId}/health", Description.of("groups", "One group's health day by day")
                .path("groupId", "the group").query("from", "date", "first day (inclusive)").query("to", "date", "last day (inclusive)")
                .query("brand", "string", "only this brand").returns(200, GroupHealth.class).error(400, "a malformed range"));
        routes.put("GET /api/groups/{groupId}/members", Description.of("groups", "Who is in the group now, the latest speaker first")
                .path("groupId", "the group").query("limit", "integer", "1..1000, default 100")
                .query("brand", "string", "only this brand").returns(200, GroupRoster.class).error(400, "a malformed parameter"));
        routes.put("GET /openapi.json", Description.of("meta", "This document").publicRoute().returns(200, Object.class));
        return routes;
    }
}
