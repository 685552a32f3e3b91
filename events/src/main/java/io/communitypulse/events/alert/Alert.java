package io.communitypulse.events.alert;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One revision of an alert, of any {@link AlertType}: the row of {@code alerts}, the value on the
 * Kafka topic {@code pulse.alerts} and what the API serves (docs/alerts.md). The common fields say
 * who, where, since when and why; {@code details} is a JSON object whose fields depend on the type.
 *
 * @param alertId         stable across revisions: the type's prefix and a hash of what identifies the incident
 * @param revision        1 when first raised, one more at each update; the highest is current
 * @param type            an {@link AlertType}'s wire name (a string, so that a reader older than the writer
 *                        still reads alerts of types it does not know)
 * @param groupId         the group, or empty for an alert about a whole brand or a producer
 * @param severity        1 (watch) .. 10 (critical)
 * @param subjectKind     what {@code subject} names: product, aspect, group, producer...
 * @param detectedAt      event time at which the rule first fired (the first revision's moment)
 * @param memberIds       the distinct members behind it, in the order they joined
 * @param distinctMembers how many: the size of {@code memberIds} (rows from before sql/008 have only the count)
 * @param evidence        the records behind it in time order (at most {@link #MAX_EVIDENCE})
 * @param details         the type's own fields, a JSON object ({@code {}} when none)
 * @param relatedAlertIds alerts this one continues, replaces or belongs with
 * @param incidentId      the cross-group incident it belongs to, empty when none
 */
public record Alert(
        String alertId,
        int revision,
        String type,
        String brandId,
        String groupId,
        int severity,
        AlertState state,
        String subjectKind,
        String subject,
        String summary,
        Instant firstSeen,
        Instant lastSeen,
        Instant detectedAt,
        List<String> memberIds,
        int distinctMembers,
        List<AlertEvidence> evidence,
        List<String> aspects,
        List<String> cues,
        @JsonRawValue @JsonDeserialize(using = RawJson.class) String details,
        List<String> relatedAlertIds,
        String incidentId) {

    public static final int MAX_EVIDENCE = 50;

    public Alert {
        // plain ArrayLists: Flink's Kryo fallback must be able to instantiate them
        memberIds = copy(memberIds);
        evidence = evidence == null ? new ArrayList<>() : new ArrayList<>(evidence);
        aspects = copy(aspects);
        cues = copy(cues);
        relatedAlertIds = copy(relatedAlertIds);
        details = details == null || details.isBlank() ? "{}" : details;
        groupId = groupId == null ? "" : groupId;
        incidentId = incidentId == null ? "" : incidentId;
    }

    /** The next revision with another state and nothing else changed. */
    public Alert withState(int newRevision, AlertState newState, List<String> related) {
        return new Alert(alertId, newRevision, type, brandId, groupId, severity, newState, subjectKind, subject,
                summary, firstSeen, lastSeen, detectedAt, memberIds, distinctMembers, evidence, aspects, cues, details,
                related, incidentId);
    }

    @JsonIgnore
    public boolean isCurrentlyOpen() {
        return state != AlertState.ENDED && state != AlertState.SUPERSEDED;
    }

    private static List<String> copy(List<String> values) {
        return values == null ? new ArrayList<>() : new ArrayList<>(values);
    }
}
