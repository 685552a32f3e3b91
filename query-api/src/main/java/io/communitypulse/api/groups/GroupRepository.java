package io.communitypulse.api.groups;

import io.communitypulse.api.auth.BrandScope;
import io.communitypulse.api.clickhouse.ClickHouse;
import io.communitypulse.api.clickhouse.Columns;
import io.communitypulse.api.clickhouse.Where;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Reads community health from the views of sql/012: {@code group_health_current}, {@code group_health}, {@code group_roster}. */
public final class GroupRepository {

    private static final String LIST = """
            SELECT c.brand_id AS group_brand, c.group_id AS group_key, c.group_name, toString(c.day) AS day_text, c.time_zone, c.members, c.staff, c.bots,
                   c.active_members_7d, c.active_rate, c.daily_senders, c.joins, c.leaves, c.removals, c.member_messages,
                   c.staff_share, ifNull(toUnixTimestamp64Milli(c.last_member_message_at), -1) AS last_member_message_ms,
                   toUnixTimestamp64Milli(c.as_of) AS as_of_ms, w.exits_7d, w.early_exits_7d, a.open_alerts, a.alert_types
            FROM group_health_current AS c
            LEFT JOIN (
                SELECT h.brand_id, h.group_id, sum(h.leaves + h.removals) AS exits_7d, sum(h.early_exits) AS early_exits_7d
                FROM group_health AS h
                INNER JOIN group_health_current AS l ON h.brand_id = l.brand_id AND h.group_id = l.group_id
                WHERE h.day > l.day - 7
                GROUP BY h.brand_id, h.group_id) AS w ON c.brand_id = w.brand_id AND c.group_id = w.group_id
            LEFT JOIN (
                SELECT brand_id, group_id, count() AS open_alerts, arraySort(groupUniqArray(alert_type)) AS alert_types
                FROM alerts_current WHERE state NOT IN ('ended', 'superseded') AND group_id != ''
                GROUP BY brand_id, group_id) AS a ON c.brand_id = a.brand_id AND c.group_id = a.group_id
            {where}
            """;

    private final ClickHouse clickHouse;

    public GroupRepository(ClickHouse clickHouse) {
        this.clickHouse = clickHouse;
    }

    public GroupPage page(BrandScope scope, GroupSort sort, String order, int offset, int limit) {
        Where where = new Where();
        scope.brandFilter().ifPresent(brands -> where.andIn("c.brand_id", brands));
        String sql = LIST + "ORDER BY " + sort.column() + " " + order + ", c.brand_id, c.group_id LIMIT " + limit
                + " OFFSET " + offset;
        List<GroupSummary> groups = clickHouse.query(sql, where, GroupRepository::summary);
        Where counted = new Where();
        scope.brandFilter().ifPresent(brands -> counted.andIn("brand_id", brands));
        long total = clickHouse.query("SELECT count() AS groups FROM group_health_current {where}", counted,
                row -> row.getLong("groups")).get(0);
        return new GroupPage(total, offset, limit, sort.wireName(), order, groups);
    }

    /** The group's latest day in the scope's brands, if it has any. */
    public Optional<LocalDate> newestDay(String groupId, BrandScope scope) {
        return clickHouse.query("SELECT count() AS days, toString(max(day)) AS newest FROM group_health_daily {where}",
                        groupIn(groupId, scope), row -> row.getLong("days") == 0 ? null : LocalDate.parse(row.getString("newest")))
                .stream().filter(day -> day != null).findFirst();
    }

    public List<GroupDay> days(String groupId, BrandScope scope, DayRange range) {
        Where where = groupIn(groupId, scope)
                .and("day >= toDate(?)", range.from().toString())
                .and("day <= toDate(?)", range.to().toString());
        String sql = """
                SELECT brand_id, toString(day) AS day_text, time_zone, members, members_at_start, staff, bots, joins, leaves,
                       removals, net_growth, exit_rate, early_exits, daily_senders, active_members_7d, active_rate,
                       member_messages, staff_messages, bot_messages, staff_share, member_topics, member_replies,
                       day_complete, toUnixTimestamp64Milli(as_of) AS as_of_ms
                FROM group_health
                {where}
                ORDER BY day, brand_id
                """;
        return clickHouse.query(sql, where, row -> new GroupDay(row.getString("brand_id"), LocalDate.parse(row.getString("day_text")),
                row.getString("time_zone"), row.getLong("members"), row.getLong("members_at_start"), row.getLong("staff"),
                row.getLong("bots"), row.getLong("joins"), row.getLong("leaves"), row.getLong("removals"),
                row.getLong("net_growth"), row.getDouble("exit_rate"), row.getLong("early_exits"),
                row.getLong("daily_senders"), row.getLong("active_members_7d"), row.getDouble("active_rate"),
                row.getLong("member_messages"), row.getLong("staff_messages"), row.getLong("bot_messages"),
                row.getDouble("staff_share"), row.getLong("member_topics"), row.getLong("member_replies"),
                row.getInt("day_complete") == 1, Columns.epochMillis(row, "as_of_ms")));
    }

    /** Who is in the group now, the latest speaker first, at most {@code limit}; with the counts of all of them. */
    public GroupRoster roster(String groupId, BrandScope scope, int limit) {
        Where where = groupIn(groupId, scope);
        String sql = """
                SELECT brand_id, member_id, role, ifNull(toUnixTimestamp64Milli(joined_at), -1) AS joined_ms,
                       ifNull(toUnixTimestamp64Milli(last_spoke_at), -1) AS spoke_ms, known_from
                FROM group_roster
                {where}
                ORDER BY last_spoke_at DESC NULLS LAST, member_id
                LIMIT %d
                """.formatted(limit);
        List<GroupMember> members = clickHouse.query(sql, where, row -> new GroupMember(row.getString("brand_id"),
                row.getString("member_id"), row.getString("role"), instantOrNull(row.getLong("joined_ms")),
                instantOrNull(row.getLong("spoke_ms")), row.getString("known_from")));
        long total = clickHouse.query("SELECT count() AS total FROM group_roster {where}", where,
                row -> row.getLong("total")).get(0);
        long active = clickHouse.query("SELECT active_members_7d FROM group_health_current {where}", where,
                row -> row.getLong("active_members_7d")).stream().mapToLong(Long::longValue).sum();
        return new GroupRoster(groupId, total, active, members);
    }

    private static GroupSummary summary(ResultSet row) throws SQLException {
        // brand and group ids are in every joined table: their aliases keep them from being named c.brand_id
        return new GroupSummary(row.getString("group_brand"), row.getString("group_key"), row.getString("group_name"),
                LocalDate.parse(row.getString("day_text")), row.getString("time_zone"), row.getLong("members"),
                row.getLong("staff"), row.getLong("bots"), row.getLong("active_members_7d"), row.getDouble("active_rate"),
                row.getLong("daily_senders"), row.getLong("joins"), row.getLong("leaves"), row.getLong("removals"),
                row.getLong("exits_7d"), row.getLong("early_exits_7d"), row.getLong("member_messages"),
                row.getDouble("staff_share"), instantOrNull(row.getLong("last_member_message_ms")),
                row.getLong("open_alerts"), Columns.strings(row, "alert_types"), Columns.epochMillis(row, "as_of_ms"));
    }

    private static Instant instantOrNull(long millis) {
        return millis < 0 ? null : Instant.ofEpochMilli(millis);
    }

    private static Where groupIn(String groupId, BrandScope scope) {
        Where where = new Where().and("group_id = ?", groupId);
        scope.brandFilter().ifPresent(brands -> where.andIn("brand_id", brands));
        return where;
    }

}
