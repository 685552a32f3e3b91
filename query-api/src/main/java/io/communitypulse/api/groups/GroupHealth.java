package io.communitypulse.api.groups;

import java.time.LocalDate;
import java.util.List;

/** The response of {@code GET /api/groups/{groupId}/health}; from and to are null when the group has no days. */
public record GroupHealth(String groupId, LocalDate from, LocalDate to, List<GroupDay> days) {
}
