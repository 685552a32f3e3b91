package io.communitypulse.pipeline.timeline;

import io.communitypulse.events.GroupSnapshot;
import io.communitypulse.events.MembershipChange;
import io.communitypulse.events.OrderEvent;
import io.communitypulse.events.alert.Alert;
import io.communitypulse.pipeline.community.GroupTick;
import io.communitypulse.pipeline.enrich.EnrichedMessage;
import java.util.Comparator;

/**
 * One thing that happened in a group, as detectors see it: a scored chat message, a membership
 * change, a snapshot of the whole group, an order attributed to the group, an alert raised about
 * the group (what the brand's incident detector links), or a tick of the job's clock reaching a
 * group that sends nothing (see {@link GroupTick}). Exactly one field is set. A Flink POJO.
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
    public GroupSnapshot snapshot;
    public GroupTick tick;

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

    public static GroupEvent of(GroupSnapshot snapshot) {
        GroupEvent event = new GroupEvent();
        event.snapshot = snapshot;
        return event;
    }

    public static GroupEvent of(GroupTick tick) {
        GroupEvent event = new GroupEvent();
        event.tick = tick;
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
        if (snapshot != null) {
            return snapshot.takenAt().toEpochMilli();
        }
        if (tick != null) {
            return tick.atMillis;
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
        if (snapshot != null) {
            return snapshot.brandId();
        }
        if (tick != null) {
            return tick.brandId;
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
        if (snapshot != null) {
            return snapshot.groupId();
        }
        if (tick != null) {
            return tick.groupId;
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
        if (snapshot != null) {
            return snapshot.eventId();
        }
        if (tick != null) {
            return "tick@" + tick.atMillis;
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

    /** At one instant: a snapshot, then the changes it may not show yet, messages, orders, alerts, and the tick last. */
    private int kindRank() {
        if (snapshot != null) {
            return 0;
        }
        if (tick != null) {
            return 5;
        }
        return membership != null ? 1 : message != null ? 2 : order != null ? 3 : 4;
    }
}
