package io.communitypulse.pipeline.community;

import java.util.Iterator;
import java.util.List;

/**
 * The group's own life: a member's reply to another member's message (member-to-member reply,
 * counted on the reply's day) and a member's message that is not a reply and draws one (a
 * member-initiated topic, counted on the day of its first such reply). A reply counts when it comes
 * within the reply horizon of its message. Replies that arrive before their message wait for it for
 * the lateness, so the counts do not depend on arrival order.
 */
final class Conversation {

    /** Beyond this many recent messages the oldest are dropped: bounds the state of the busiest groups. */
    static final int MAX_RECENT = 2_000;

    private final GroupHealthState state;
    private final DayBook days;
    private final long horizonMillis;

    Conversation(GroupHealthState state, DayBook days, long horizonMillis) {
        this.state = state;
        this.days = days;
        this.horizonMillis = horizonMillis;
    }

    void memberMessage(String messageId, String senderId, String replyTo, long atMillis) {
        RecentMessage message = new RecentMessage(messageId, senderId, atMillis, replyTo == null);
        insert(message);
        if (replyTo != null) {
            RecentMessage target = find(replyTo);
            if (target != null) {
                reply(target, senderId, atMillis);
            } else {
                state.pendingReplies.add(new PendingReply(replyTo, senderId, atMillis));
            }
        }
        for (Iterator<PendingReply> it = state.pendingReplies.iterator(); it.hasNext(); ) {
            PendingReply pending = it.next();
            if (pending.targetId.equals(messageId)) {
                it.remove();
                reply(message, pending.senderId, pending.atMillis);
            }
        }
    }

    /** Forgets messages no reply can still reach, and replies whose message can no longer come. */
    void prune(long nowMillis, long latenessMillis) {
        long keepFrom = nowMillis - horizonMillis - latenessMillis;
        state.recent.removeIf(message -> message.atMillis < keepFrom);
        state.pendingReplies.removeIf(pending -> pending.atMillis < nowMillis - latenessMillis);
    }

    private void reply(RecentMessage target, String senderId, long atMillis) {
        long after = atMillis - target.atMillis;
        if (target.senderId.equals(senderId) || after < 0 || after > horizonMillis) {
            return;
        }
        DayTally replyDay = days.tally(atMillis);
        if (replyDay == null) {
            return;
        }
        replyDay.memberReplies++;
        if (target.root && (target.firstReplyAt == RosterMember.UNKNOWN || atMillis < target.firstReplyAt)) {
            if (target.firstReplyAt != RosterMember.UNKNOWN) {
                DayTally previous = days.tally(target.firstReplyAt);
                if (previous != null) {
                    previous.memberTopics--;
                }
            }
            replyDay.memberTopics++;
            target.firstReplyAt = atMillis;
        }
    }

    private void insert(RecentMessage message) {
        List<RecentMessage> recent = state.recent;
        int at = indexOf(message.messageId);
        if (at >= 0) {
            return;
        }
        recent.add(-at - 1, message);
        if (recent.size() > MAX_RECENT) {
            RecentMessage oldest = recent.get(0);
            for (RecentMessage candidate : recent) {
                if (candidate.atMillis < oldest.atMillis) {
                    oldest = candidate;
                }
            }
            recent.remove(oldest);
        }
    }

    private RecentMessage find(String messageId) {
        int at = indexOf(messageId);
        return at >= 0 ? state.recent.get(at) : null;
    }

    private int indexOf(String messageId) {
        return SortedIds.indexOf(state.recent, message -> message.messageId, messageId);
    }
}
