package io.communitypulse.api;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** An alert row to insert into the real {@code alerts} table; change one field with a wither. */
record SeededAlert(String alertId, int revision, String brandId, String type, String groupId, int distinctMembers,
                   Instant lastSeen) {

    private static final DateTimeFormatter CLICKHOUSE_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS").withZone(ZoneOffset.UTC);

    static SeededAlert cascade(String alertId, String brandId, Instant lastSeen) {
        return new SeededAlert(alertId, 1, brandId, "negative_cascade", "group-" + brandId, 3, lastSeen);
    }

    SeededAlert revision(int newRevision, int members) {
        return new SeededAlert(alertId, newRevision, brandId, type, groupId, members, lastSeen.plusSeconds(60));
    }

    SeededAlert ofType(String newType) {
        return new SeededAlert(alertId, revision, brandId, newType, groupId, distinctMembers, lastSeen);
    }

    String insertSql() {
        return """
                INSERT INTO alerts (alert_id, revision, brand_id, alert_type, severity, group_id, subject_kind, subject,
                  aspects, distinct_members, first_seen, last_seen, evidence_message_ids, evidence_texts, cues, summary)
                VALUES ('%s', %d, '%s', '%s', 6, '%s', 'aspect', 'allergy_safety', ['allergy_safety'], %d,
                  '%s', '%s', ['m1', 'm2', 'm3'], ['用了过敏了', '我也是', '+1 同样的问题'], ['过敏'],
                  '%d members report allergy in %s')
                """.formatted(alertId, revision, brandId, type, groupId, distinctMembers,
                CLICKHOUSE_TIME.format(lastSeen.minusSeconds(300)), CLICKHOUSE_TIME.format(lastSeen),
                distinctMembers, groupId);
    }
}
