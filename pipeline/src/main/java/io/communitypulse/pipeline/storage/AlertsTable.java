package io.communitypulse.pipeline.storage;

import io.communitypulse.events.alert.Alert;
import io.communitypulse.events.alert.AlertEvidence;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;

/** Alert revisions of every type into {@code alerts} (sql/005, generic since sql/008). */
public final class AlertsTable implements TableWriter<Alert> {

    private static final long serialVersionUID = 1L;

    @Override
    public String insertSql() {
        return "INSERT INTO alerts (alert_id, revision, brand_id, alert_type, severity, state, group_id, subject_kind,"
                + " subject, aspects, distinct_members, first_seen, last_seen, detected_at, member_ids,"
                + " evidence_message_ids, evidence_texts, evidence_sender_ids, evidence_times, cues, summary, details,"
                + " related_alert_ids, incident_id)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    }

    @Override
    public void bind(PreparedStatement statement, Alert alert) throws SQLException {
        statement.setString(1, alert.alertId());
        statement.setInt(2, alert.revision());
        statement.setString(3, alert.brandId());
        statement.setString(4, alert.type());
        statement.setInt(5, alert.severity());
        statement.setString(6, alert.state().wireName());
        statement.setString(7, alert.groupId());
        statement.setString(8, alert.subjectKind());
        statement.setString(9, alert.subject());
        Columns.stringArray(statement, 10, alert.aspects());
        statement.setInt(11, alert.distinctMembers());
        Columns.dateTime(statement, 12, alert.firstSeen().toEpochMilli());
        Columns.dateTime(statement, 13, alert.lastSeen().toEpochMilli());
        Columns.dateTime(statement, 14, alert.detectedAt().toEpochMilli());
        Columns.stringArray(statement, 15, alert.memberIds());
        Columns.stringArray(statement, 16, alert.evidence().stream().map(AlertEvidence::messageId).toList());
        Columns.stringArray(statement, 17, alert.evidence().stream().map(e -> e.text() == null ? "" : e.text()).toList());
        Columns.stringArray(statement, 18, alert.evidence().stream().map(AlertEvidence::senderId).toList());
        Columns.dateTimeArray(statement, 19, alert.evidence().stream().map(AlertEvidence::sentAt)
                .mapToLong(Instant::toEpochMilli).toArray());
        Columns.stringArray(statement, 20, alert.cues());
        statement.setString(21, alert.summary());
        statement.setString(22, alert.details());
        Columns.stringArray(statement, 23, alert.relatedAlertIds());
        statement.setString(24, alert.incidentId());
    }
}
