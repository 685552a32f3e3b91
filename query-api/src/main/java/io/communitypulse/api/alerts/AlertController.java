package io.communitypulse.api.alerts;

import io.communitypulse.api.actions.ActionRepository;
import io.communitypulse.api.auth.Authenticator;
import io.communitypulse.api.deliveries.DeliveryRepository;
import io.communitypulse.api.http.QueryParameters;
import io.javalin.http.Context;

/** {@code GET /api/alerts?brand=&type=&since=&status=&limit=} and {@code GET /api/alerts/{alertId}}. */
public final class AlertController {

    private final AlertRepository alerts;
    private final ActionRepository actions;
    private final DeliveryRepository deliveries;

    public AlertController(AlertRepository alerts, ActionRepository actions, DeliveryRepository deliveries) {
        this.alerts = alerts;
        this.actions = actions;
        this.deliveries = deliveries;
    }

    /** {@code GET /api/alerts/{alertId}}: 404 when it is not in the token's brands. */
    public void get(Context ctx) {
        String alertId = ctx.pathParam("alertId");
        AlertView view = alerts.findOne(alertId, Authenticator.scope(ctx))
                .orElseThrow(() -> new io.javalin.http.NotFoundResponse("no alert '" + alertId + "' in this token's brands"));
        String brand = view.alert().brandId();
        ctx.json(new AlertDetail(view, actions.of(brand, alertId), deliveries.of(brand, alertId)));
    }

    public void list(Context ctx) {
        AlertQuery query = new AlertQuery(
                Authenticator.scope(ctx).narrowTo(ctx.queryParam("brand")),
                QueryParameters.text(ctx, "type").map(AlertTypeParameter::requireKnown),
                QueryParameters.instant(ctx, "since"),
                QueryParameters.text(ctx, "status").map(AlertController::requireStatus),
                QueryParameters.integer(ctx, "limit", AlertQuery.DEFAULT_LIMIT, 1, AlertQuery.MAX_LIMIT));
        ctx.json(alerts.find(query));
    }

    private static Workflow.Status requireStatus(String status) {
        return java.util.Arrays.stream(Workflow.Status.values()).filter(s -> s.wireName().equals(status)).findFirst()
                .orElseThrow(() -> new io.javalin.http.BadRequestResponse(
                        "parameter 'status' must be one of [open, acked, snoozed, resolved], got '" + status + "'"));
    }
}
