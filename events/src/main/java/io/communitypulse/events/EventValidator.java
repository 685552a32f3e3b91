package io.communitypulse.events;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    static final int MAX_NAME_CHARS = 256;
    /** The orders table stores money as Decimal(18, 2): 16 digits before the point. */
    static final BigDecimal MONEY_LIMIT = new BigDecimal("1E16");
    private static final Pattern BRAND_ID = Pattern.compile("[A-Za-z0-9_.-]{1,64}");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

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
                    .text(m.msgType(), m.text())
                    .strings("mentions", m.mentions());
        } else if (event instanceof MembershipChange c) {
            rules.id("group_id", c.groupId())
                    .id("member_id", c.memberId())
                    .present("change", c.change())
                    .time("occurred_at", c.occurredAt());
        } else if (event instanceof OrderEvent o) {
            rules.id("order_id", o.orderId())
                    .id("customer_id", o.customerId())
                    .present("status", o.status())
                    .currency(o.currency())
                    .amount("amount", o.amount())
                    .time("occurred_at", o.occurredAt())
                    .items(o);
        } else if (event instanceof GroupSnapshot s) {
            rules.id("group_id", s.groupId())
                    .optionalId("owner_id", s.ownerId())
                    .name("group_name", s.groupName())
                    .time("taken_at", s.takenAt())
                    .members(s);
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
                fail(RejectReason.BAD_VALUE, field + " has " + value.length() + " characters, the limit is " + MAX_ID_CHARS);
            }
            return this;
        }

        Rules optionalId(String field, String value) {
            return value == null ? this : id(field, value);
        }

        Rules name(String field, String value) {
            if (value != null && value.length() > MAX_NAME_CHARS) {
                fail(RejectReason.BAD_VALUE, field + " has " + value.length() + " characters, the limit is " + MAX_NAME_CHARS);
            }
            return this;
        }

        /** Everyone in the group, each once, with a role, none joining after the snapshot was taken. */
        Rules members(GroupSnapshot snapshot) {
            List<SnapshotMember> members = snapshot.members();
            if (members == null) {
                fail(RejectReason.MISSING_FIELD, "members is required (an empty array for a group nobody is in)");
                return this;
            }
            Map<String, Integer> firstAt = new HashMap<>();
            for (int i = 0; i < members.size() && failure == null; i++) {
                SnapshotMember member = members.get(i);
                String at = "members[" + i + "]";
                if (member == null) {
                    fail(RejectReason.BAD_TYPE, at + " must be an object, got null");
                    break;
                }
                id(at + ".member_id", member.memberId()).present(at + ".role", member.role());
                if (member.joinedAt() != null) {
                    time(at + ".joined_at", member.joinedAt());
                    if (snapshot.takenAt() != null && member.joinedAt().isAfter(snapshot.takenAt())) {
                        fail(RejectReason.BAD_VALUE, at + ".joined_at " + member.joinedAt() + " is after taken_at "
                                + snapshot.takenAt());
                    }
                }
                Integer earlier = member.memberId() == null ? null : firstAt.putIfAbsent(member.memberId(), i);
                if (earlier != null) {
                    fail(RejectReason.BAD_VALUE, at + ".member_id " + Values.quote(member.memberId())
                            + " is listed twice, first at members[" + earlier + "]");
                }
            }
            return this;
        }

        Rules brand(String value) {
            if (value != null && !BRAND_ID.matcher(value).matches()) {
                fail(RejectReason.BAD_VALUE, "brand_id must be 1 to 64 characters of A-Z a-z 0-9 _ . -, got "
                        + Values.quote(value));
            }
            return this;
        }

        Rules time(String field, Instant value) {
            if (value == null) {
                fail(RejectReason.MISSING_FIELD, field + " is required");
            } else if (!InstantRange.contains(value)) {
                fail(RejectReason.BAD_VALUE, field + " " + value + " is outside " + InstantRange.RANGE + InstantRange.hint(value));
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

        Rules strings(String field, List<String> values) {
            int at = values.indexOf(null);
            if (at >= 0) {
                fail(RejectReason.BAD_TYPE, field + "[" + at + "] must be a string, got null");
            }
            return this;
        }

        Rules currency(String value) {
            if (value == null || value.isBlank()) {
                fail(RejectReason.MISSING_FIELD, "currency is required");
            } else if (!CURRENCY.matcher(value).matches()) {
                fail(RejectReason.BAD_VALUE, "currency must be an ISO 4217 code, three capital letters such as CNY, got "
                        + Values.quote(value));
            }
            return this;
        }

        Rules amount(String field, BigDecimal value) {
            if (value == null) {
                fail(RejectReason.MISSING_FIELD, field + " is required");
            } else if (value.signum() < 0) {
                fail(RejectReason.BAD_VALUE, field + " must be 0 or more, got " + value.toPlainString());
            } else {
                withinMoneyLimit(field, value);
            }
            return this;
        }

        Rules items(OrderEvent order) {
            if (order.status() == OrderStatus.PAID && order.items().isEmpty()) {
                fail(RejectReason.MISSING_FIELD, "items is required for a paid order, with at least one item");
            }
            for (int i = 0; i < order.items().size(); i++) {
                OrderItem item = order.items().get(i);
                String at = "items[" + i + "]";
                if (item == null) {
                    fail(RejectReason.BAD_TYPE, at + " must be an object, got null");
                } else if (item.sku() == null || item.sku().isBlank()) {
                    fail(RejectReason.MISSING_FIELD, at + ".sku is required");
                } else if (item.quantity() <= 0) {
                    fail(RejectReason.BAD_VALUE, at + ".quantity must be greater than 0, got " + item.quantity());
                } else if (item.unitPrice() != null) {
                    withinMoneyLimit(at + ".unit_price", item.unitPrice().abs());
                }
            }
            return this;
        }

        private void withinMoneyLimit(String field, BigDecimal value) {
            if (value.compareTo(MONEY_LIMIT) >= 0) {
                fail(RejectReason.BAD_VALUE, field + " must be less than 10^16 (16 digits before the point), got " + value);
            }
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
