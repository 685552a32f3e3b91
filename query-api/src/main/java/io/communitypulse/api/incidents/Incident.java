package io.communitypulse.api.incidents;

import java.time.Instant;
import java.util.List;

/**
 * An incident as the API returns it: one complaint about one subject across the groups it reached
 * (docs/alerts.md, Incidents). Field names become snake_case.
 */
public record Incident(
        String incidentId,
        long revision,
        String brandId,
        String state,
        String subjectKind,
        String subject,
        String subjectName,
        String summary,
        List<GroupReached> groups,
        long totalMembers,
        Instant firstSeen,
        Instant lastSeen,
        Long secondsToSpread,
        int severity,
        Forecast forecastMembers,
        Forecast forecastGroups) {

    /** One group, in the order the incident reached it. */
    public record GroupReached(String groupId, String alertId, Instant firstSeen, long members) {}

    /** A forecast final count: the likely (median) value and its 90% interval. */
    public record Forecast(long likely, long low, long high) {}
}
