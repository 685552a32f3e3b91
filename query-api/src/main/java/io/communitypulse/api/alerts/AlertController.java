package io.communitypulse.api.alerts;

import io.communitypulse.api.auth.Authenticator;
import io.communitypulse.api.http.QueryParameters;
import io.javalin.http.Context;

/** {@code GET /api/alerts?brand=&type=&since=&limit=}. */
public final class AlertController {

    private final AlertRepository alerts;

    public AlertController(AlertRepository alerts) {
        this.alerts = alerts;
    }

    public void list(Context ctx) {
        AlertQuery query = new AlertQuery(
                Authenticator.scope(ctx).narrowTo(ctx.queryParam("brand")),
                QueryParameters.text(ctx, "type").map(AlertTypeParameter::requireKnown),
                QueryParameters.instant(ctx, "since"),
                QueryParameters.integer(ctx, "limit", AlertQuery.DEFAULT_LIMIT, 1, AlertQuery.MAX_LIMIT));
        ctx.json(alerts.find(query));
    }
}
