package io.communitypulse.simulator;

import io.communitypulse.events.ChatMessage;
import io.communitypulse.events.MembershipChange;
import io.communitypulse.events.MembershipChangeKind;
import io.communitypulse.events.MessageType;
import io.communitypulse.events.OrderEvent;
import io.communitypulse.events.OrderItem;
import io.communitypulse.events.OrderStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Builds contract-v1 events with ids from simple counters: ids depend only on generation order. */
final class EventFactory {

    private final long salt;
    private long messages;
    private long changes;
    private long orders;

    /** @param seed varies the ids between seeds; within a run they are unique by construction */
    EventFactory(long seed) {
        this.salt = seed * 0x9E3779B97F4A7C15L;
    }

    /**
     * A chat archive msgid: looks random, as WeCom's do, so nothing can be read from its order; a
     * bijective mix of a counter, so two messages never share one.
     */
    private String messageId() {
        long z = salt + ++messages;
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        z = z ^ (z >>> 33);
        return String.format("msg-%016x", z);
    }

    ChatMessage chat(Group group, Person sender, MessageType type, String text, String replyTo,
                     List<String> mentions, Instant at) {
        return new ChatMessage(messageId(), group.brand.id(), group.id, sender.id(),
                sender.role(), type, text, replyTo, mentions, at);
    }

    MembershipChange membership(Group group, Person member, MembershipChangeKind kind, Person operator, Instant at) {
        return new MembershipChange(String.format("mc-%07d", ++changes), group.brand.id(), group.id, member.id(),
                kind, operator == null ? null : operator.id(), at);
    }

    String newOrderId() {
        return String.format("ord-%07d", ++orders);
    }

    /** One state of an order; the event id is the order id and the state, as a WeCom order callback gives. */
    static OrderEvent order(Brand brand, String orderId, Person customer, OrderStatus status, List<OrderItem> items,
                            String groupId, Instant at) {
        BigDecimal amount = items.stream()
                .map(i -> i.unitPrice().multiply(BigDecimal.valueOf(i.quantity())))
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2, java.math.RoundingMode.UNNECESSARY);
        return new OrderEvent(orderId + ":" + status.wireName(), brand.id(), orderId, customer.id(), status, amount,
                "CNY", items, groupId, at);
    }

    static OrderItem item(Product product, int quantity) {
        return new OrderItem(product.sku(), product.name(), quantity, product.unitPrice());
    }
}
