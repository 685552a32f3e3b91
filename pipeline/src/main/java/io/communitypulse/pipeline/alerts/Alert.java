package io.communitypulse.pipeline.alerts;

import java.util.List;

/**
 * An alert as the detectors raise it and {@code alerts} stores it. The same incident keeps its
 * {@code alertId}; each update raises {@code revision} (docs/alerts.md).
 */
public record Alert(
        String alertId,
        int revision,
        String brandId,
        String alertType,
        int severity,
        String groupId,
        String subjectKind,
        String subject,
        List<String> aspects,
        int distinctMembers,
        long firstSeenMillis,
        long lastSeenMillis,
        List<String> evidenceMessageIds,
        List<String> evidenceTexts,
        List<String> cues,
        String summary) {

    public static final String NEGATIVE_CASCADE = "negative_cascade";
}
