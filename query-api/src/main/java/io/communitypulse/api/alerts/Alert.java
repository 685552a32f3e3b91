package io.communitypulse.api.alerts;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.List;

/** The current revision of an alert, as the API returns it (field names become snake_case). */
public record Alert(
        String alertId,
        long revision,
        String brandId,
        String type,
        int severity,
        String groupId,
        String subjectKind,
        String subject,
        List<String> aspects,
        long distinctMembers,
        Instant firstSeen,
        Instant lastSeen,
        List<Evidence> evidence,
        List<String> cues,
        String summary) {

    /** One message that supports the alert. */
    public record Evidence(String messageId, String text) {
    }

    /** Identifies the alert across revisions. */
    @JsonIgnore
    public AlertKey key() {
        return new AlertKey(brandId, alertId);
    }
}
