package io.communitypulse.api.alerts;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.communitypulse.api.actions.AlertAction;
import io.communitypulse.api.deliveries.DeliveryStatus;
import java.util.List;

/** {@code GET /api/alerts/{alertId}}: the alert, its audit trail (newest first) and its deliveries per channel. */
public record AlertDetail(@JsonUnwrapped AlertView view, List<AlertAction> actions, List<DeliveryStatus> deliveries) {}
