package io.communitypulse.api.alerts;

/** An alert across its revisions: the table's sorting key. */
public record AlertKey(String brandId, String alertId) {
}
