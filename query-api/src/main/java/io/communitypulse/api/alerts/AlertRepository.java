package io.communitypulse.api.alerts;

import io.communitypulse.api.clickhouse.ClickHouse;
import io.communitypulse.api.clickhouse.Columns;
import io.communitypulse.api.clickhouse.Where;
import io.communitypulse.events.alert.Alert;
import io.communitypulse.events.alert.AlertEvidence;
import io.communitypulse.events.alert.AlertState;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import io.communitypulse.api.auth.BrandScope;

/** Reads alerts of every type from ClickHouse: always their current revision ({@code FINAL}). */
public final class AlertRepository {

    /** Each alert's current revision with its latest state-changing operator action (none: empty strings, zeros). */
    private static final String SELECT_CURRENT = """
            SELECT alert_id, revision, brand_id, alert_type, severity, state, group_id, subject_kind, subject,
                   summary, aspects, cues, member_ids, distinct_members, details, related_alert_ids, incident_id,
                   toUnixTimestamp64Milli(first_seen) AS first_seen_ms,
                   toUnixTimestamp64Milli(last_seen) AS last_seen_ms,
                   toUnixTimestamp64Milli(detected_at) AS detected_at_ms,
                   evidence_message_ids, evidence_texts, evidence_sender_ids,
                   arrayMap(t -> toUnixTimestamp64Milli(t), evidence_times) AS evidence_times_ms,
                   last_action, last_actor, last_action_ms, snoozed_until_ms
            FROM alerts FINAL
            LEFT JOIN (
                SELECT brand_id AS action_brand, alert_id AS action_alert,
                       argMax(action, (at, action_id)) AS last_action,
                       argMax(actor, (at, action_id)) AS last_actor,
                       toUnixTimestamp64Milli(max(at)) AS last_action_ms,
                       argMax(coalesce(toUnixTimestamp64Milli(snoozed_until), 0), (at, action_id)) AS snoozed_until_ms
                FROM alert_actions FINAL
                WHERE action IN ('ack', 'resolve', 'snooze', 'reopen')
                GROUP BY brand_id, alert_id
            ) AS actions ON brand_id = action_brand AND alert_id = action_alert
            {where}
            """;

    private final ClickHouse clickHouse;
    private final Clock clock;

    public AlertRepository(ClickHouse clickHouse, Clock clock) {
        this.clickHouse = clickHouse;
        this.clock = clock;
    }

    public List<AlertView> find(AlertQuery query) {
        Instant now = clock.instant();
        Where where = new Where();
        query.scope().brandFilter().ifPresent(brands -> where.andIn("brand_id", brands));
        query.type().ifPresent(type -> where.and("alert_type = ?", type.wireName()));
        query.since().ifPresent(since -> where.and("last_seen >= fromUnixTimestamp64Milli(?, 'UTC')", since.toEpochMilli()));
        query.status().ifPresent(status -> where.and(Workflow.STATUS_SQL + " = ?", now.toEpochMilli(), status.wireName()));
        String sql = SELECT_CURRENT + "ORDER BY last_seen DESC, alert_id LIMIT " + query.limit();
        return clickHouse.query(sql, where, row -> view(row, now));
    }

    /** One alert's current revision, if it is in the scope's brands. */
    public Optional<AlertView> findOne(String alertId, BrandScope scope) {
        Instant now = clock.instant();
        Where where = new Where().and("alert_id = ?", alertId);
        scope.brandFilter().ifPresent(brands -> where.andIn("brand_id", brands));
        return clickHouse.query(SELECT_CURRENT + "LIMIT 1", where, row -> view(row, now)).stream().findFirst();
    }

    private static AlertView view(ResultSet row, Instant now) throws SQLException {
        long until = row.getLong("snoozed_until_ms");
        return new AlertView(alert(row), Workflow.of(row.getString("last_action"), row.getString("last_actor"),
                Instant.ofEpochMilli(row.getLong("last_action_ms")), until == 0 ? null : Instant.ofEpochMilli(until), now));
    }

    private static Alert alert(ResultSet row) throws SQLException {
        return new Alert(
                row.getString("alert_id"),
                row.getInt("revision"),
                row.getString("alert_type"),
                row.getString("brand_id"),
                row.getString("group_id"),
                row.getInt("severity"),
                AlertState.valueOf(row.getString("state").toUpperCase(Locale.ROOT)),
                row.getString("subject_kind"),
                row.getString("subject"),
                row.getString("summary"),
                Columns.epochMillis(row, "first_seen_ms"),
                Columns.epochMillis(row, "last_seen_ms"),
                Columns.epochMillis(row, "detected_at_ms"),
                Columns.strings(row, "member_ids"),
                row.getInt("distinct_members"),
                evidence(row),
                Columns.strings(row, "aspects"),
                Columns.strings(row, "cues"),
                row.getString("details"),
                Columns.strings(row, "related_alert_ids"),
                row.getString("incident_id"));
    }

    /** Rows from before sql/008 have ids and texts but no senders or times: those read as empty. */
    private static List<AlertEvidence> evidence(ResultSet row) throws SQLException {
        List<String> messageIds = Columns.strings(row, "evidence_message_ids");
        List<String> texts = Columns.strings(row, "evidence_texts");
        List<String> senders = Columns.strings(row, "evidence_sender_ids");
        List<Instant> times = Columns.epochMillisArray(row, "evidence_times_ms");
        List<AlertEvidence> evidence = new ArrayList<>(messageIds.size());
        for (int i = 0; i < messageIds.size(); i++) {
            evidence.add(new AlertEvidence(messageIds.get(i), i < texts.size() ? texts.get(i) : "",
                    i < senders.size() ? senders.get(i) : "", i < times.size() ? times.get(i) : null));
        }
        return evidence;
    }
}
