package io.communitypulse.pipeline.community;

import io.communitypulse.events.alert.AlertEvidence;
import java.time.Instant;

/** A member leaving a group on their own (a {@code leave} membership change). A Flink POJO. */
public final class RecentLeave {

    public String memberId;
    public String eventId;
    public long atMillis;

    public RecentLeave() {}

    RecentLeave(String memberId, String eventId, long atMillis) {
        this.memberId = memberId;
        this.eventId = eventId;
        this.atMillis = atMillis;
    }

    AlertEvidence evidence(String text) {
        return new AlertEvidence(eventId, text, memberId, Instant.ofEpochMilli(atMillis));
    }
}
