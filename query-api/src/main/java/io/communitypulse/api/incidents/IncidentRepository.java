package io.communitypulse.api.incidents;

import io.communitypulse.api.clickhouse.ClickHouse;
import io.communitypulse.api.clickhouse.Columns;
import io.communitypulse.api.clickhouse.Where;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Reads incidents from ClickHouse, each in its newest revision ({@code FINAL}). */
public final class IncidentRepository {

    private static final String SELECT = """
            SELECT incident_id, revision, brand_id, state, subject_kind, subject, subject_name, summary,
                   group_ids, group_alert_ids, arrayMap(t -> toUnixTimestamp64Milli(t), group_first_seen) AS group_first_seen_ms,
                   group_members, total_members,
                   toUnixTimestamp64Milli(first_seen) AS first_seen_ms, toUnixTimestamp64Milli(last_seen) AS last_seen_ms,
                   seconds_to_spread, severity, forecast_members, forecast_members_low, forecast_members_high,
                   forecast_groups, forecast_groups_low, forecast_groups_high
            FROM incidents FINAL
            """;

    private final ClickHouse clickHouse;

    public IncidentRepository(ClickHouse clickHouse) {
        this.clickHouse = clickHouse;
    }

    public List<Incident> find(IncidentQuery query) {
        Where where = new Where();
        query.scope().brandFilter().ifPresent(brands -> where.andIn("brand_id", brands));
        query.state().ifPresent(state -> where.and("state = ?", state));
        where.and("length(group_ids) >= ?", query.minGroups());
        query.since().ifPresent(since -> where.and("last_seen >= fromUnixTimestamp64Milli(?, 'UTC')", since.toEpochMilli()));
        return clickHouse.query(SELECT + "{where} ORDER BY last_seen DESC, incident_id LIMIT " + query.limit(), where,
                IncidentRepository::incident);
    }

    private static Incident incident(ResultSet row) throws SQLException {
        List<String> groups = Columns.strings(row, "group_ids");
        List<String> alerts = Columns.strings(row, "group_alert_ids");
        List<Instant> firstSeen = Columns.epochMillisArray(row, "group_first_seen_ms");
        List<String> members = Columns.strings(row, "group_members");
        List<Incident.GroupReached> reached = new ArrayList<>(groups.size());
        for (int i = 0; i < groups.size(); i++) {
            reached.add(new Incident.GroupReached(groups.get(i), alerts.get(i), firstSeen.get(i),
                    Long.parseLong(members.get(i))));
        }
        long spread = row.getLong("seconds_to_spread");
        return new Incident(row.getString("incident_id"), row.getLong("revision"), row.getString("brand_id"),
                row.getString("state"), row.getString("subject_kind"), row.getString("subject"),
                row.getString("subject_name"), row.getString("summary"), reached, row.getLong("total_members"),
                Columns.epochMillis(row, "first_seen_ms"), Columns.epochMillis(row, "last_seen_ms"),
                spread < 0 ? null : spread, row.getInt("severity"),
                new Incident.Forecast(row.getLong("forecast_members"), row.getLong("forecast_members_low"),
                        row.getLong("forecast_members_high")),
                new Incident.Forecast(row.getLong("forecast_groups"), row.getLong("forecast_groups_low"),
                        row.getLong("forecast_groups_high")));
    }
}
