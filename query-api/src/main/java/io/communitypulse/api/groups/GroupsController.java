package io.communitypulse.api.groups;

import io.communitypulse.api.auth.Authenticator;
import io.communitypulse.api.auth.BrandScope;
import io.communitypulse.api.http.QueryParameters;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * {@code GET /api/groups?brand=&sort=&order=&offset=&limit=}, {@code GET /api/groups/{groupId}/health?from=&to=&brand=}
 * and {@code GET /api/groups/{groupId}/members?limit=&brand=}.
 */
public final class GroupsController {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 500;
    static final int MAX_OFFSET = 1_000_000;

    private final GroupRepository groups;

    public GroupsController(GroupRepository groups) {
        this.groups = groups;
    }

    public void list(Context ctx) {
        BrandScope scope = Authenticator.scope(ctx).narrowTo(ctx.queryParam("brand"));
        GroupSort sort = GroupSort.parse(QueryParameters.text(ctx, "sort").orElse(GroupSort.ACTIVE_RATE.wireName()));
        String order = GroupSort.order(QueryParameters.text(ctx, "order").orElse(null), sort);
        ctx.json(groups.page(scope, sort, order, QueryParameters.integer(ctx, "offset", 0, 0, MAX_OFFSET),
                QueryParameters.integer(ctx, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT)));
    }

    public void health(Context ctx) {
        String groupId = ctx.pathParam("groupId");
        BrandScope scope = Authenticator.scope(ctx).narrowTo(ctx.queryParam("brand"));
        DayRange range;
        if (DayRange.asked(ctx)) {
            range = DayRange.of(ctx, null);
        } else {
            Optional<LocalDate> newest = groups.newestDay(groupId, scope);
            if (newest.isEmpty()) {
                ctx.json(new GroupHealth(groupId, null, null, List.of()));
                return;
            }
            range = DayRange.of(ctx, newest.get());
        }
        ctx.json(new GroupHealth(groupId, range.from(), range.to(), groups.days(groupId, scope, range)));
    }

    public void members(Context ctx) {
        BrandScope scope = Authenticator.scope(ctx).narrowTo(ctx.queryParam("brand"));
        ctx.json(groups.roster(ctx.pathParam("groupId"), scope, QueryParameters.integer(ctx, "limit", 100, 1, 1000)));
    }
}
