package io.communitypulse.pipeline.activity;

/** A row of {@code group_activity_minute}. */
public record GroupActivityMinute(
        String brandId,
        String groupId,
        long minuteStartMillis,
        long memberMessages,
        long staffMessages,
        long botMessages,
        long distinctSpeakers,
        long negativeMessages,
        long positiveMessages,
        long joins,
        long leaves,
        long removals,
        long eventsCounted) {}
