package io.communitypulse.api.activity;

import java.time.Instant;

/** One event-time minute of a group: who spoke and who came and went. */
public record ActivityMinute(
        String brandId,
        Instant minute,
        long memberMessages,
        long staffMessages,
        long botMessages,
        long distinctSpeakers,
        long negativeMessages,
        long positiveMessages,
        long joins,
        long leaves,
        long removals) {
}
