package io.communitypulse.api.activity;

import io.communitypulse.api.auth.Authenticator;
import io.communitypulse.api.auth.BrandScope;
import io.communitypulse.api.http.QueryParameters;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** {@code GET /api/groups/{groupId}/activity?from=&to=&brand=}. */
public final class ActivityController {

    private final ActivityRepository activity;

    public ActivityController(ActivityRepository activity) {
        this.activity = activity;
    }

    public void get(Context ctx) {
        String groupId = ctx.pathParam("groupId");
        BrandScope scope = Authenticator.scope(ctx).narrowTo(ctx.queryParam("brand"));
        Optional<Instant> from = QueryParameters.instant(ctx, "from");
        Optional<Instant> to = QueryParameters.instant(ctx, "to");
        ActivityRange range;
        if (from.isPresent() || to.isPresent()) {
            range = ActivityRange.of(from, to);
        } else {
            Optional<Instant> newest = activity.newestMinute(groupId, scope);
            if (newest.isEmpty()) {
                ctx.json(new GroupActivity(groupId, null, null, List.of()));
                return;
            }
            range = ActivityRange.dayEndingWith(newest.get());
        }
        ctx.json(new GroupActivity(groupId, range.from(), range.to(), activity.minutes(groupId, scope, range)));
    }
}
