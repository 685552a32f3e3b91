package io.communitypulse.api.groups;

import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.time.LocalDate;

/** One day of a group in {@code GET /api/groups/{groupId}/health}: the columns of {@code group_health_daily}. */
@JsonNaming(SnakeCaseWithCounts.class)
public record GroupDay(
        String brandId,
        LocalDate day,
        String timeZone,
        long members,
        long membersAtStart,
        long staff,
        long bots,
        long joins,
        long leaves,
        long removals,
        long netGrowth,
        double exitRate,
        long earlyExits,
        long dailySenders,
        long activeMembers7d,
        double activeRate,
        long memberMessages,
        long staffMessages,
        long botMessages,
        double staffShare,
        long memberTopics,
        long memberReplies,
        boolean dayComplete,
        Instant asOf) {
}
