package io.communitypulse.pipeline.activity;

import io.communitypulse.events.MembershipChange;
import io.communitypulse.events.SenderRole;
import io.communitypulse.pipeline.enrich.EnrichedMessage;

/**
 * One thing that happened in a group, reduced to what the per-minute activity counts: a message by
 * a role (with its sentiment sign) or a membership change.
 */
public record ActivityEvent(String brandId, String groupId, Kind kind, String actorId, int sentimentSign,
                            long eventTimeMillis) {

    public enum Kind { MEMBER_MESSAGE, STAFF_MESSAGE, BOT_MESSAGE, JOIN, LEAVE, REMOVAL }

    public static ActivityEvent of(EnrichedMessage enriched) {
        var message = enriched.message();
        Kind kind = message.senderRole() == SenderRole.MEMBER ? Kind.MEMBER_MESSAGE
                : message.senderRole() == SenderRole.STAFF ? Kind.STAFF_MESSAGE : Kind.BOT_MESSAGE;
        int sign = enriched.isNegative() ? -1 : enriched.isPositive() ? 1 : 0;
        return new ActivityEvent(message.brandId(), message.groupId(), kind, message.senderId(), sign,
                message.sentAt().toEpochMilli());
    }

    public static ActivityEvent of(MembershipChange change) {
        Kind kind = switch (change.change()) {
            case JOIN -> Kind.JOIN;
            case LEAVE -> Kind.LEAVE;
            case REMOVED -> Kind.REMOVAL;
        };
        return new ActivityEvent(change.brandId(), change.groupId(), kind, change.memberId(), 0,
                change.occurredAt().toEpochMilli());
    }

    public String groupKey() {
        return brandId + "|" + groupId;
    }
}
