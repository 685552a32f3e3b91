package io.communitypulse.api.alerts;

import io.communitypulse.api.auth.BrandScope;
import io.communitypulse.events.alert.AlertType;
import java.time.Instant;
import java.util.Optional;

/** What {@code GET /api/alerts} asks for: newest {@code last_seen} first, at most {@code limit}. */
public record AlertQuery(BrandScope scope, Optional<AlertType> type,
                         Optional<Instant> since, Optional<Workflow.Status> status, int limit) {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;
}
