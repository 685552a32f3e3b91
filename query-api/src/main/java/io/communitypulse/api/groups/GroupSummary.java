package io.communitypulse.api.groups;

import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One group in {@code GET /api/groups}: its latest day's health, its exits of the last 7 days, and
 * its open alerts.
 *
 * @param day                 the group's latest day (in {@code timeZone}); its figures are as of {@code asOf}
 * @param exits7d             leaves and removals of the 7 days up to {@code day}
 * @param earlyExits7d        leaves within 24 h of joining, same days
 * @param lastMemberMessageAt null when no member message was seen
 * @param openAlerts          alerts about the group not ended (any type)
 */
@JsonNaming(SnakeCaseWithCounts.class)
public record GroupSummary(
        String brandId,
        String groupId,
        String groupName,
        LocalDate day,
        String timeZone,
        long members,
        long staff,
        long bots,
        long activeMembers7d,
        double activeRate,
        long dailySenders,
        long joins,
        long leaves,
        long removals,
        long exits7d,
        long earlyExits7d,
        long memberMessages,
        double staffShare,
        Instant lastMemberMessageAt,
        long openAlerts,
        List<String> alertTypes,
        Instant asOf) {
}
