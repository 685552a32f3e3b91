package io.communitypulse.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;

/** One valid record of each event type, and what the parser makes of variations of them. */
final class Records {

    static final String CHAT = """
            {"type":"chat_message","event_id":"m1","brand_id":"brand_a","group_id":"g1",
             "sender_id":"u1","sender_role":"member","msg_type":"text","text":"用了过敏了[捂脸]",
             "reply_to":"m0","mentions":["s1"],"sent_at":"2026-11-23T09:00:00Z","client":"extra fields are ignored"}
            """;

    static final String MEMBERSHIP = """
            {"type":"membership_change","event_id":"j1","brand_id":"brand_a","group_id":"g1",
             "member_id":"u9","change":"removed","operator_id":"s1","occurred_at":"2026-11-23T09:00:00+08:00"}
            """;

    static final String ORDER = """
            {"type":"order","event_id":"o1:paid","brand_id":"brand_a","order_id":"o1","customer_id":"u1",
             "status":"paid","amount":"59.80","currency":"CNY","group_id":"g1","occurred_at":"2026-11-23T09:00:00Z",
             "items":[{"sku":"sku-1","name":"面霜","quantity":2,"unit_price":29.90}]}
            """;

    static final String SNAPSHOT = """
            {"type":"group_snapshot","event_id":"snap-g1-1","brand_id":"brand_a","group_id":"g1","group_name":"水光福利群1",
             "owner_id":"s1","taken_at":"2026-11-23T09:00:00+08:00",
             "members":[{"member_id":"s1","role":"staff","joined_at":"2026-10-01T10:00:00+08:00"},
                        {"member_id":"u1","role":"member","joined_at":"2026-10-02T11:30:00+08:00"},
                        {"member_id":"bot1","role":"bot"}]}
            """;

    private static final EventParser PARSER = new EventParser();

    private Records() {}

    /**
     * {@code record} with {@code field} (a JSON pointer such as /items/0/quantity) set to {@code json}, or removed when
     * null (an array element becomes null).
     */
    static String with(String record, String field, String json) {
        JsonNode tree = tree(record);
        int slash = field.lastIndexOf('/');
        JsonNode parent = tree.at(field.substring(0, slash));
        String name = field.substring(slash + 1);
        if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(name), json == null ? null : tree(json));
        } else if (json == null) {
            ((ObjectNode) parent).remove(name);
        } else {
            ((ObjectNode) parent).set(name, tree(json));
        }
        return tree.toString();
    }

    static JsonNode tree(String json) {
        try {
            return EventJson.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Iterable<String> fieldNames(JsonNode object) {
        return object::fieldNames;
    }

    static PulseEvent accepted(String raw) {
        ParseResult result = PARSER.parse(raw);
        assertThat(result).as("accepts %s", raw).isInstanceOf(ParseResult.Accepted.class);
        return ((ParseResult.Accepted) result).event();
    }

    static Rejection rejected(String raw) {
        ParseResult result = PARSER.parse(raw);
        assertThat(result).as("rejects %s", raw).isInstanceOf(ParseResult.Rejected.class);
        return ((ParseResult.Rejected) result).rejection();
    }
}
