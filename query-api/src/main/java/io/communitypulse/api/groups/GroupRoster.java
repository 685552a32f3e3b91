package io.communitypulse.api.groups;

import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * The response of {@code GET /api/groups/{groupId}/members}: who is in the group now, latest speaker first.
 *
 * @param total           everyone in the group now (members, staff and bots)
 * @param activeMembers7d members who spoke in the 7 days up to the group's latest day
 */
@JsonNaming(SnakeCaseWithCounts.class)
public record GroupRoster(String groupId, long total, long activeMembers7d, List<GroupMember> members) {
}
