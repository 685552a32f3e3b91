package io.communitypulse.pipeline.alerts;

import io.communitypulse.pipeline.storage.Columns;
import io.communitypulse.pipeline.storage.TableWriter;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Alert revisions into {@code alerts} (sql/005). */
public final class AlertsTable implements TableWriter<Alert> {

    private static final long serialVersionUID = 1L;

    @Override
    public String insertSql() {
        return "INSERT INTO alerts (alert_id, revision, brand_id, alert_type, severity, group_id, subject_kind, subject,"
                + " aspects, distinct_members, first_seen, last_seen, evidence_message_ids, evidence_texts, cues, summary)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    }

    @Override
    public void bind(PreparedStatement statement, Alert alert) throws SQLException {
        statement.setString(1, alert.alertId());
        statement.setInt(2, alert.revision());
        statement.setString(3, alert.brandId());
        statement.setString(4, alert.alertType());
        statement.setInt(5, alert.severity());
        statement.setString(6, alert.groupId());
        statement.setString(7, alert.subjectKind());
        statement.setString(8, alert.subject());
        Columns.stringArray(statement, 9, alert.aspects());
        statement.setInt(10, alert.distinctMembers());
        Columns.dateTime(statement, 11, alert.firstSeenMillis());
        Columns.dateTime(statement, 12, alert.lastSeenMillis());
        Columns.stringArray(statement, 13, alert.evidenceMessageIds());
        Columns.stringArray(statement, 14, alert.evidenceTexts());
        Columns.stringArray(statement, 15, alert.cues());
        statement.setString(16, alert.summary());
    }
}
