package io.communitypulse.api.deliveries;

import io.communitypulse.api.clickhouse.ClickHouse;
import io.communitypulse.api.clickhouse.Columns;
import io.communitypulse.api.clickhouse.Where;
import java.util.List;

/** Reads what the notifier did with an alert, from the {@code delivery_status} view over {@code deliveries}. */
public final class DeliveryRepository {

    private final ClickHouse clickHouse;

    public DeliveryRepository(ClickHouse clickHouse) {
        this.clickHouse = clickHouse;
    }

    /** Every delivery of the alert, newest revision first, by channel. */
    public List<DeliveryStatus> of(String brandId, String alertId) {
        Where where = new Where().and("brand_id = ?", brandId).and("alert_id = ?", alertId);
        return clickHouse.query("""
                SELECT delivery_id, revision, channel_id, channel_kind, notice, attempts, status, http_status, latency_ms, error,
                       toUnixTimestamp64Milli(first_attempt_at) AS first_ms, toUnixTimestamp64Milli(last_attempt_at) AS last_ms
                FROM delivery_status
                {where}
                ORDER BY revision DESC, channel_id
                """, where, row -> new DeliveryStatus(row.getString("delivery_id"), row.getInt("revision"),
                row.getString("channel_id"), row.getString("channel_kind"), row.getString("notice"), row.getInt("attempts"),
                row.getString("status"), row.getInt("http_status"), row.getLong("latency_ms"), row.getString("error"),
                Columns.epochMillis(row, "first_ms"), Columns.epochMillis(row, "last_ms")));
    }
}
