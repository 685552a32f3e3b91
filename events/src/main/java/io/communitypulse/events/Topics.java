package io.communitypulse.events;

/**
 * Kafka topic names of contract v1, declared once. Every topic is keyed by {@code group_id}
 * (orders without a group by {@code customer_id}) so one group's events stay in order on one partition.
 * Group snapshots share the membership topic: a group's snapshot and its join and leave callbacks
 * then keep their order on one partition.
 */
public final class Topics {

    public static final String CHAT_MESSAGES = "pulse.chat-messages";
    public static final String MEMBERSHIP_CHANGES = "pulse.membership-changes";
    public static final String ORDERS = "pulse.orders";
    public static final String ALERTS = "pulse.alerts";

    private Topics() {}

    /** The topic an event of this kind is published to. */
    public static String of(PulseEvent event) {
        if (event instanceof ChatMessage) {
            return CHAT_MESSAGES;
        }
        return event instanceof MembershipChange || event instanceof GroupSnapshot ? MEMBERSHIP_CHANGES : ORDERS;
    }

    /** The partitioning key: the group, so a group's events keep their order. */
    public static String keyOf(PulseEvent event) {
        if (event instanceof ChatMessage m) {
            return m.groupId();
        }
        if (event instanceof MembershipChange c) {
            return c.groupId();
        }
        if (event instanceof GroupSnapshot s) {
            return s.groupId();
        }
        OrderEvent o = (OrderEvent) event;
        return o.groupId() != null ? o.groupId() : o.customerId();
    }
}
