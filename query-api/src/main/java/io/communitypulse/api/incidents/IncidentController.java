package io.communitypulse.api.incidents;

import io.communitypulse.api.auth.Authenticator;
import io.communitypulse.api.http.QueryParameters;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.util.Set;

/** {@code GET /api/incidents?brand=&state=&min_groups=&since=&limit=}. */
public final class IncidentController {

    private static final Set<String> STATES = Set.of("open", "ended");

    private final IncidentRepository incidents;

    public IncidentController(IncidentRepository incidents) {
        this.incidents = incidents;
    }

    public void list(Context ctx) {
        IncidentQuery query = new IncidentQuery(
                Authenticator.scope(ctx).narrowTo(ctx.queryParam("brand")),
                QueryParameters.text(ctx, "state").map(IncidentController::requireState),
                QueryParameters.integer(ctx, "min_groups", 1, 1, 1000),
                QueryParameters.instant(ctx, "since"),
                QueryParameters.integer(ctx, "limit", IncidentQuery.DEFAULT_LIMIT, 1, IncidentQuery.MAX_LIMIT));
        ctx.json(incidents.find(query));
    }

    private static String requireState(String state) {
        if (!STATES.contains(state)) {
            throw new BadRequestResponse("parameter 'state' must be one of [ended, open], got '" + state + "'");
        }
        return state;
    }
}
