package io.communitypulse.pipeline.community;

import io.communitypulse.events.alert.Alert;
import io.communitypulse.events.alert.AlertEvidence;
import io.communitypulse.events.alert.AlertState;
import io.communitypulse.events.alert.AlertType;
import io.communitypulse.pipeline.alerts.AlertDetails;
import io.communitypulse.pipeline.alerts.AlertIds;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * An alert about a whole group (subject kind {@code group}), before it gets its revision and state.
 *
 * @param identity what, beside type, brand and group, tells this alert from the group's others: its start
 * @param details  the type's own fields, the {@code details} JSON object
 */
record GroupAlert(AlertType type, String brandId, String groupId, String identity, int severity, String summary,
                  long firstSeenMillis, long lastSeenMillis, long detectedAtMillis, List<String> memberIds,
                  List<AlertEvidence> evidence, Record details) {

    static final String SUBJECT_KIND = "group";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    Alert revision(int revision, AlertState state) {
        return alert(AlertIds.of(type, brandId, groupId, identity), revision, state, Instant.ofEpochMilli(firstSeenMillis),
                Instant.ofEpochMilli(detectedAtMillis));
    }

    /** The next revision of {@code open}: its id, start and detection kept, everything else from this one. */
    Alert after(Alert open, AlertState state) {
        return alert(open.alertId(), open.revision() + 1, state, open.firstSeen(), open.detectedAt());
    }

    private Alert alert(String alertId, int revision, AlertState state, Instant firstSeen, Instant detectedAt) {
        List<AlertEvidence> cut = evidence.size() > Alert.MAX_EVIDENCE ? evidence.subList(0, Alert.MAX_EVIDENCE) : evidence;
        return new Alert(alertId, revision, type.wireName(), brandId, groupId, severity, state, SUBJECT_KIND, groupId,
                summary, firstSeen, Instant.ofEpochMilli(lastSeenMillis), detectedAt, memberIds, memberIds.size(), cut,
                List.of(), List.of(), AlertDetails.json(details), List.of(), "");
    }

    /** A time for a summary, in the brand's zone. */
    static String when(long millis, ZoneId zone) {
        return WHEN.format(Instant.ofEpochMilli(millis).atZone(zone));
    }

    static String percent(double share) {
        return Math.round(share * 100) + "%";
    }
}
