package io.communitypulse.api.activity;

import io.communitypulse.api.auth.BrandScope;
import io.communitypulse.api.clickhouse.ClickHouse;
import io.communitypulse.api.clickhouse.Where;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Reads per-minute group activity from {@code group_activity_minute FINAL}. */
public final class ActivityRepository {

    private final ClickHouse clickHouse;

    public ActivityRepository(ClickHouse clickHouse) {
        this.clickHouse = clickHouse;
    }

    /** The newest minute the group has in the scope's brands, if any. */
    public Optional<Instant> newestMinute(String groupId, BrandScope scope) {
        Where where = groupIn(groupId, scope);
        return clickHouse.query(
                        "SELECT count() AS minutes, toUnixTimestamp(max(minute)) AS newest FROM group_activity_minute {where}",
                        where,
                        row -> row.getLong("minutes") == 0 ? null : Instant.ofEpochSecond(row.getLong("newest")))
                .stream().filter(newest -> newest != null).findFirst();
    }

    public List<ActivityMinute> minutes(String groupId, BrandScope scope, ActivityRange range) {
        Where where = groupIn(groupId, scope)
                .and("minute >= fromUnixTimestamp(?)", range.from().getEpochSecond())
                .and("minute < fromUnixTimestamp(?)", range.to().getEpochSecond());
        String sql = """
                SELECT brand_id, toUnixTimestamp(minute) AS minute_s, member_messages, staff_messages, bot_messages,
                       distinct_speakers, negative_messages, positive_messages, joins, leaves, removals
                FROM group_activity_minute FINAL
                {where}
                ORDER BY minute, brand_id
                """;
        return clickHouse.query(sql, where, row -> new ActivityMinute(
                row.getString("brand_id"),
                Instant.ofEpochSecond(row.getLong("minute_s")),
                row.getLong("member_messages"),
                row.getLong("staff_messages"),
                row.getLong("bot_messages"),
                row.getLong("distinct_speakers"),
                row.getLong("negative_messages"),
                row.getLong("positive_messages"),
                row.getLong("joins"),
                row.getLong("leaves"),
                row.getLong("removals")));
    }

    private static Where groupIn(String groupId, BrandScope scope) {
        Where where = new Where().and("group_id = ?", groupId);
        scope.brandFilter().ifPresent(brands -> where.andIn("brand_id", brands));
        return where;
    }
}
