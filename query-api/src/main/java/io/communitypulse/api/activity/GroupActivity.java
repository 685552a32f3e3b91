package io.communitypulse.api.activity;

import java.time.Instant;
import java.util.List;

/** The response of {@code GET /api/groups/{groupId}/activity}; from and to are null when the group has no data. */
public record GroupActivity(String groupId, Instant from, Instant to, List<ActivityMinute> minutes) {
}
