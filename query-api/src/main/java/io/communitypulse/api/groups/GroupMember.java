package io.communitypulse.api.groups;

import java.time.Instant;

/** One person in a group now, in {@code GET /api/groups/{groupId}/members}; unknown times are left out. */
public record GroupMember(String brandId, String memberId, String role, Instant joinedAt, Instant lastSpokeAt,
                           String knownFrom) {
}
