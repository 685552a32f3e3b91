package io.communitypulse.pipeline.timeline;

import io.communitypulse.events.MembershipChange;
import io.communitypulse.events.OrderEvent;
import io.communitypulse.events.alert.Alert;
import io.communitypulse.pipeline.enrich.EnrichedMessage;
import java.util.Comparator;

/**
 * One thing that happened in a group, as detectors see it: a scored chat message, a membership
 * change, an order attributed to the group, or an alert raised about the group (what the brand's
 * incident detector links). Exactly one field is set. A Flink POJO.
 */
public final class GroupEvent {

    /** Event-time order; equal times in a fixed order, so that replays feed detectors identically. */
    public static final Comparator<GroupEvent> IN_TIME_ORDER = Comparator.comparingLong(GroupEvent::timeMillis)
            .thenComparingInt(GroupEvent::kindRank)
            .thenComparing(GroupEvent::eventId);

    public EnrichedMessage message;
    public MembershipChange membership;
    public OrderEvent order;
    public Alert alert;

    public GroupEvent() {}

    public static GroupEvent of(EnrichedMessage message) {
        GroupEvent event = new GroupEvent();
        event.message = message;
        return event;
    }

    public static GroupEvent of(MembershipChange change) {
        GroupEvent event = new GroupEvent();
        event.membership = change;
        return event;
    }

    /** @param order an order with a group_id */
    public static GroupEvent of(OrderEvent order) {
        GroupEvent event = new GroupEvent();
        event.order = order;
        return event;
    }

    /** An alert revision, placed in time at its latest evidence. */
    public static GroupEvent of(Alert alert) {
        GroupEvent event = new GroupEvent();
        event.alert = alert;
        return event;
    }

    public long timeMillis() {
        if (message != null) {
            return message.message().sentAt().toEpochMilli();
        }
        if (alert != null) {
            return alert.lastSeen().toEpochMilli();
        }
        return membership != null ? membership.occurredAt().toEpochMilli() : order.occurredAt().toEpochMilli();
    }

    public String brandId() {
        if (message != null) {
            return message.message().brandId();
        }
        if (alert != null) {
            return alert.brandId();
        }
        return membership != null ? membership.brandId() : order.brandId();
    }

    public String groupId() {
        if (message != null) {
            return message.message().groupId();
        }
        if (alert != null) {
            return alert.groupId();
        }
        return membership != null ? membership.groupId() : order.groupId();
    }

    /** The event's id; an alert's is its id and revision. */
    public String eventId() {
        if (message != null) {
            return message.message().eventId();
        }
        if (alert != null) {
            return alert.alertId() + "#" + alert.revision();
        }
        return membership != null ? membership.eventId() : order.eventId();
    }

    /** The key of the per-group stream: brand and group. */
    public String groupKey() {
        return groupKey(brandId(), groupId());
    }

    public static String groupKey(String brandId, String groupId) {
        return brandId + "|" + groupId;
    }

    private int kindRank() {
        return membership != null ? 0 : message != null ? 1 : order != null ? 2 : 3;
    }
}
