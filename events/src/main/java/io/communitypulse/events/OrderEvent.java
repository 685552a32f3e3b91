package io.communitypulse.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An order changing state. {@code customerId} is the same id the member has in chat, so orders
 * join to the groups a member belongs to.
 *
 * @param eventId  unique per state change (an order that is paid then refunded has two events)
 * @param amount   the order total in {@code currency} (yuan for CNY)
 * @param groupId  the group the order is attributed to (a campaign link), or null
 */
public record OrderEvent(
        String eventId,
        String brandId,
        String orderId,
        String customerId,
        OrderStatus status,
        BigDecimal amount,
        String currency,
        List<OrderItem> items,
        String groupId,
        Instant occurredAt) implements PulseEvent {

    public static final String TYPE = "order";

    public OrderEvent {
        // a plain ArrayList, not List.copyOf: Flink's Kryo fallback must be able to instantiate it
        items = items == null ? new ArrayList<>() : new ArrayList<>(items);
    }

    @Override
    public Instant eventTime() {
        return occurredAt;
    }
}
