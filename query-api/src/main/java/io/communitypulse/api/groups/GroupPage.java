package io.communitypulse.api.groups;

import java.util.List;

/** The response of {@code GET /api/groups}: one page of the groups in the caller's brands, in the order asked for. */
public record GroupPage(long total, int offset, int limit, String sort, String order, List<GroupSummary> groups) {
}
