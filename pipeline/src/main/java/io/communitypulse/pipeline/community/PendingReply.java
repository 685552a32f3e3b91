package io.communitypulse.pipeline.community;

/**
 * A member's reply whose message has not arrived (late, or not a member's): kept for the lateness in
 * case it comes. A Flink POJO.
 */
public final class PendingReply {

    public String targetId;
    public String senderId;
    public long atMillis;

    public PendingReply() {}

    PendingReply(String targetId, String senderId, long atMillis) {
        this.targetId = targetId;
        this.senderId = senderId;
        this.atMillis = atMillis;
    }
}
