package io.communitypulse.pipeline.community;

/** A member message that replies may still point to, within the reply horizon. A Flink POJO. */
public final class RecentMessage {

    public String messageId;
    public String senderId;
    public long atMillis;
    /** Not a reply itself: it can start a member topic. */
    public boolean root;
    /** When another member first answered it, if they did. */
    public long firstReplyAt = RosterMember.UNKNOWN;

    public RecentMessage() {}

    RecentMessage(String messageId, String senderId, long atMillis, boolean root) {
        this.messageId = messageId;
        this.senderId = senderId;
        this.atMillis = atMillis;
        this.root = root;
    }
}
