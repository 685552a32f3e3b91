package io.communitypulse.events;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules of contract v1 that types alone cannot say: required fields, id shapes, sane times
 * and amounts, the text limit. Returns the first rule a record breaks.
 */
final class EventValidator implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int MAX_TEXT_CHARS = 4000;
    static final int MAX_ID_CHARS = 128;
    private static final Pattern BRAND_ID = Pattern.compile("[A-Za-z0-9_.-]{1,64}");
    private static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("2100-01-01T00:00:00Z");

    Optional<Rejection> check(PulseEvent event) {
        Rules rules = new Rules(event.brandId())
                .id("event_id", event.eventId())
                .id("brand_id", event.brandId())
                .brand(event.brandId());
        if (event instanceof ChatMessage m) {
            rules.id("group_id", m.groupId())
                    .id("sender_id", m.senderId())
                    .present("sender_role", m.senderRole())
                    .present("msg_type", m.msgType())
                    .time("sent_at", m.sentAt())
                    .text(m.msgType(), m.text());
        } else if (event instanceof MembershipChange c) {
            rules.id("group_id", c.groupId())
                    .id("member_id", c.memberId())
                    .present("change", c.change())
                    .time("occurred_at", c.occurredAt());
        } else if (event instanceof OrderEvent o) {
            rules.id("order_id", o.orderId())
                    .id("customer_id", o.customerId())
                    .present("status", o.status())
                    .id("currency", o.currency())
                    .amount("amount", o.amount())
                    .time("occurred_at", o.occurredAt())
                    .items(o);
        }
        return rules.firstFailure();
    }

    /** Checks in order; the first broken rule is the one reported. */
    private static final class Rules {
        private final String brandId;
        private Rejection failure;

        Rules(String brandId) {
            this.brandId = brandId;
        }

        Rules present(String field, Object value) {
            if (value == null) {
                fail(RejectReason.MISSING_FIELD, field + " is required");
            }
            return this;
        }

        Rules id(String field, String value) {
            if (value == null || value.isBlank()) {
                fail(RejectReason.MISSING_FIELD, field + " is required");
            } else if (value.length() > MAX_ID_CHARS) {
                fail(RejectReason.BAD_VALUE, field + " is longer than " + MAX_ID_CHARS + " characters");
            }
            return this;
        }

        Rules brand(String value) {
            if (value != null && !BRAND_ID.matcher(value).matches()) {
                fail(RejectReason.BAD_VALUE, "brand_id '" + value + "' must match " + BRAND_ID.pattern());
            }
            return this;
        }

        Rules time(String field, Instant value) {
            if (value == null) {
                fail(RejectReason.MISSING_FIELD, field + " is required");
            } else if (value.isBefore(EARLIEST) || !value.isBefore(LATEST)) {
                fail(RejectReason.BAD_VALUE, field + " " + value + " is outside 2000..2100 (epoch seconds sent as millis?)");
            }
            return this;
        }

        Rules text(MessageType type, String text) {
            if (type == MessageType.TEXT && (text == null || text.isEmpty())) {
                fail(RejectReason.MISSING_FIELD, "text is required when msg_type is text");
            } else if (text != null && text.length() > MAX_TEXT_CHARS) {
                fail(RejectReason.OVERSIZE, "text has " + text.length() + " characters, the limit is " + MAX_TEXT_CHARS);
            }
            return this;
        }

        Rules amount(String field, BigDecimal value) {
            if (value == null) {
                fail(RejectReason.MISSING_FIELD, field + " is required");
            } else if (value.signum() < 0) {
                fail(RejectReason.BAD_VALUE, field + " " + value + " is negative");
            }
            return this;
        }

        Rules items(OrderEvent order) {
            if (order.status() == OrderStatus.PAID && order.items().isEmpty()) {
                fail(RejectReason.MISSING_FIELD, "items is required for a paid order");
            }
            for (int i = 0; i < order.items().size(); i++) {
                OrderItem item = order.items().get(i);
                if (item == null || item.sku() == null || item.sku().isBlank()) {
                    fail(RejectReason.MISSING_FIELD, "items[" + i + "].sku is required");
                } else if (item.quantity() <= 0) {
                    fail(RejectReason.BAD_VALUE, "items[" + i + "].quantity must be positive");
                }
            }
            return this;
        }

        private void fail(RejectReason reason, String detail) {
            if (failure == null) {
                failure = new Rejection(reason, detail, brandId);
            }
        }

        Optional<Rejection> firstFailure() {
            return Optional.ofNullable(failure);
        }
    }
}
