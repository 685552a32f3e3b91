package io.communitypulse.pipeline.alerts;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.communitypulse.events.EventJson;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.serialization.SerializationSchema;

/** Alerts on the Kafka alerts topic: the same JSON shape the query API serves. */
public final class AlertJson implements SerializationSchema<Alert> {

    private static final long serialVersionUID = 1L;

    record Evidence(@JsonProperty("message_id") String messageId, String text) {}

    record Wire(String alertId, int revision, String brandId, String type, int severity, String groupId,
                String subjectKind, String subject, List<String> aspects, int distinctMembers, Instant firstSeen,
                Instant lastSeen, List<Evidence> evidence, List<String> cues, String summary) {}

    @Override
    public byte[] serialize(Alert alert) {
        return toJson(alert).getBytes(StandardCharsets.UTF_8);
    }

    public static String toJson(Alert alert) {
        List<Evidence> evidence = new ArrayList<>();
        for (int i = 0; i < alert.evidenceMessageIds().size(); i++) {
            String text = i < alert.evidenceTexts().size() ? alert.evidenceTexts().get(i) : null;
            evidence.add(new Evidence(alert.evidenceMessageIds().get(i), text));
        }
        Wire wire = new Wire(alert.alertId(), alert.revision(), alert.brandId(), alert.alertType(), alert.severity(),
                alert.groupId(), alert.subjectKind(), alert.subject(), alert.aspects(), alert.distinctMembers(),
                Instant.ofEpochMilli(alert.firstSeenMillis()), Instant.ofEpochMilli(alert.lastSeenMillis()), evidence,
                alert.cues(), alert.summary());
        try {
            return EventJson.mapper().writeValueAsString(wire);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
