package io.communitypulse.api.incidents;

import io.communitypulse.api.auth.BrandScope;
import java.time.Instant;
import java.util.Optional;

/** What {@code GET /api/incidents} asks for: newest {@code last_seen} first, at most {@code limit}. */
public record IncidentQuery(BrandScope scope, Optional<String> state, int minGroups, Optional<Instant> since, int limit) {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;
}
