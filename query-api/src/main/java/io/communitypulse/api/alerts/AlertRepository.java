package io.communitypulse.api.alerts;

import io.communitypulse.api.clickhouse.ClickHouse;
import io.communitypulse.api.clickhouse.Columns;
import io.communitypulse.api.clickhouse.Where;
import io.communitypulse.events.alert.Alert;
import io.communitypulse.events.alert.AlertEvidence;
import io.communitypulse.events.alert.AlertState;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Reads alerts of every type from ClickHouse: always their current revision ({@code FINAL}). */
public final class AlertRepository {

    private static final String SELECT_CURRENT = """
            SELECT alert_id, revision, brand_id, alert_type, severity, state, group_id, subject_kind, subject,
                   summary, aspects, cues, member_ids, distinct_members, details, related_alert_ids, incident_id,
                   toUnixTimestamp64Milli(first_seen) AS first_seen_ms,
                   toUnixTimestamp64Milli(last_seen) AS last_seen_ms,
                   toUnixTimestamp64Milli(detected_at) AS detected_at_ms,
                   evidence_message_ids, evidence_texts, evidence_sender_ids,
                   arrayMap(t -> toUnixTimestamp64Milli(t), evidence_times) AS evidence_times_ms
            FROM alerts FINAL
            {where}
            """;

    private final ClickHouse clickHouse;

    public AlertRepository(ClickHouse clickHouse) {
        this.clickHouse = clickHouse;
    }

    public List<Alert> find(AlertQuery query) {
        Where where = new Where();
        query.scope().brandFilter().ifPresent(brands -> where.andIn("brand_id", brands));
        query.type().ifPresent(type -> where.and("alert_type = ?", type.wireName()));
        query.since().ifPresent(since -> where.and("last_seen >= fromUnixTimestamp64Milli(?, 'UTC')", since.toEpochMilli()));
        String sql = SELECT_CURRENT + "ORDER BY last_seen DESC, alert_id LIMIT " + query.limit();
        return clickHouse.query(sql, where, AlertRepository::alert);
    }

    /** The highest revision of every alert: what the stream compares between polls. */
    public Map<AlertKey, Long> revisions() {
        String sql = "SELECT brand_id, alert_id, max(revision) AS revision FROM alerts GROUP BY brand_id, alert_id";
        return clickHouse.query(sql, List.of(), row -> Map.entry(
                        new AlertKey(row.getString("brand_id"), row.getString("alert_id")), row.getLong("revision")))
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** The current revision of each of the given alerts. */
    public List<Alert> current(Collection<AlertKey> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        List<Object> parameters = new ArrayList<>();
        for (AlertKey key : keys) {
            parameters.add(key.brandId());
            parameters.add(key.alertId());
        }
        String tuples = String.join(", ", Collections.nCopies(keys.size(), "(?, ?)"));
        String sql = SELECT_CURRENT.replace("{where}", "WHERE (brand_id, alert_id) IN (" + tuples + ")")
                + "ORDER BY last_seen, alert_id";
        return clickHouse.query(sql, parameters, AlertRepository::alert);
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
