package io.communitypulse.api.actions;

import io.communitypulse.api.clickhouse.ClickHouse;
import io.communitypulse.api.clickhouse.Where;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** Writes and reads the audit trail {@code alert_actions}; rows are only ever added. */
public final class ActionRepository {

    private final ClickHouse clickHouse;

    public ActionRepository(ClickHouse clickHouse) {
        this.clickHouse = clickHouse;
    }

    public void record(AlertAction action) {
        clickHouse.execute("""
                INSERT INTO alert_actions (action_id, brand_id, alert_id, revision, action, actor, role, at, snoozed_until, comment)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, Arrays.asList(action.actionId(), action.brandId(), action.alertId(), action.revision(), action.action(),
                action.actor(), action.role(), Timestamp.from(action.at()),
                action.snoozedUntil() == null ? null : Timestamp.from(action.snoozedUntil()), action.comment()));
    }

    /** An alert's actions, newest first. */
    public List<AlertAction> of(String brandId, String alertId) {
        Where where = new Where().and("brand_id = ?", brandId).and("alert_id = ?", alertId);
        return clickHouse.query("""
                SELECT action_id, brand_id, alert_id, revision, action, actor, role,
                       toUnixTimestamp64Milli(at) AS at_ms, toUnixTimestamp64Milli(snoozed_until) AS until_ms, comment
                FROM alert_actions FINAL
                {where}
                ORDER BY at DESC, action_id DESC
                """, where, row -> {
                    long until = row.getLong("until_ms");
                    boolean noUntil = row.wasNull();
                    return new AlertAction(row.getString("action_id"), row.getString("brand_id"), row.getString("alert_id"),
                            row.getInt("revision"), row.getString("action"), row.getString("actor"), row.getString("role"),
                            Instant.ofEpochMilli(row.getLong("at_ms")), noUntil ? null : Instant.ofEpochMilli(until),
                            row.getString("comment"));
                });
    }
}
