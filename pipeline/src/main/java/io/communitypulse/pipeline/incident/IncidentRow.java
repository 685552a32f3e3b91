package io.communitypulse.pipeline.incident;

import java.util.List;

/**
 * A row of {@code incidents}: one complaint about one subject of one brand across the groups it
 * reached, at one revision, with the forecast of its final size.
 *
 * @param secondsToSpread seconds from the first group's first complaint to the second group's; -1 while in one group
 */
public record IncidentRow(
        String incidentId,
        int revision,
        String brandId,
        String state,
        String subjectKind,
        String subject,
        String subjectName,
        String summary,
        List<String> groupIds,
        List<String> groupAlertIds,
        List<Long> groupFirstSeenMillis,
        List<Integer> groupMembers,
        int totalMembers,
        long firstSeenMillis,
        long lastSeenMillis,
        long secondsToSpread,
        int severity,
        GrowthForecast members,
        GrowthForecast groups) {}
