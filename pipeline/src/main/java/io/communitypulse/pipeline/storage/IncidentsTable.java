package io.communitypulse.pipeline.storage;

import io.communitypulse.pipeline.incident.IncidentRow;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Incident revisions into {@code incidents} (sql/010). */
public final class IncidentsTable implements TableWriter<IncidentRow> {

    private static final long serialVersionUID = 1L;

    @Override
    public String insertSql() {
        return "INSERT INTO incidents (incident_id, revision, brand_id, state, subject_kind, subject, subject_name,"
                + " summary, group_ids, group_alert_ids, group_first_seen, group_members, total_members, first_seen,"
                + " last_seen, seconds_to_spread, severity, forecast_members, forecast_members_low,"
                + " forecast_members_high, forecast_groups, forecast_groups_low, forecast_groups_high)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    }

    @Override
    public void bind(PreparedStatement statement, IncidentRow row) throws SQLException {
        statement.setString(1, row.incidentId());
        statement.setInt(2, row.revision());
        statement.setString(3, row.brandId());
        statement.setString(4, row.state());
        statement.setString(5, row.subjectKind());
        statement.setString(6, row.subject());
        statement.setString(7, row.subjectName());
        statement.setString(8, row.summary());
        Columns.stringArray(statement, 9, row.groupIds());
        Columns.stringArray(statement, 10, row.groupAlertIds());
        Columns.dateTimeArray(statement, 11, row.groupFirstSeenMillis().stream().mapToLong(Long::longValue).toArray());
        statement.setObject(12, row.groupMembers().stream().mapToLong(Integer::longValue).toArray());
        statement.setInt(13, row.totalMembers());
        Columns.dateTime(statement, 14, row.firstSeenMillis());
        Columns.dateTime(statement, 15, row.lastSeenMillis());
        statement.setLong(16, row.secondsToSpread());
        statement.setInt(17, row.severity());
        statement.setLong(18, row.members().likely());
        statement.setLong(19, row.members().low());
        statement.setLong(20, row.members().high());
        statement.setLong(21, row.groups().likely());
        statement.setLong(22, row.groups().low());
        statement.setLong(23, row.groups().high());
    }
}
