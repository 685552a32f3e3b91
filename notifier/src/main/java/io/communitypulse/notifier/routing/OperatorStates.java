package io.communitypulse.notifier.routing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads an alert's operator state from {@code alert_actions} (written by the API). When ClickHouse
 * does not answer, the alert counts as untouched: better a notice too many than a warning lost.
 */
public final class OperatorStates {

    private static final Logger LOG = LoggerFactory.getLogger(OperatorStates.class);
    private static final String LATEST = """
            SELECT action, toUnixTimestamp64Milli(snoozed_until) AS until_ms
            FROM alert_actions FINAL
            WHERE brand_id = ? AND alert_id = ? AND action IN ('ack', 'resolve', 'snooze', 'reopen')
            ORDER BY at DESC, action_id DESC
            LIMIT 1
            """;

    private final String jdbcUrl;

    public OperatorStates(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
    }

    public OperatorState of(String brandId, String alertId) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl);
             PreparedStatement statement = connection.prepareStatement(LATEST)) {
            statement.setString(1, brandId);
            statement.setString(2, alertId);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    return OperatorState.NONE;
                }
                long until = rows.getLong("until_ms");
                return switch (rows.getString("action")) {
                    case "ack" -> new OperatorState(OperatorState.Kind.ACKED, null);
                    case "resolve" -> new OperatorState(OperatorState.Kind.RESOLVED, null);
                    case "snooze" -> new OperatorState(OperatorState.Kind.SNOOZED, rows.wasNull() ? null : Instant.ofEpochMilli(until));
                    default -> OperatorState.NONE;
                };
            }
        } catch (SQLException e) {
            LOG.warn("cannot read operator actions of {} (sending as if untouched): {}", alertId, e.getMessage());
            return OperatorState.NONE;
        }
    }
}
