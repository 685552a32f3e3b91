package io.communitypulse.events;

import static io.communitypulse.events.Records.accepted;
import static io.communitypulse.events.Records.rejected;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventParserTest {

    private static final Instant BASE = Instant.parse("2026-11-23T09:00:00Z");
    private final EventParser parser = new EventParser();

    private static final String CHAT = Records.CHAT;

    @Test
    void shouldParseAChatMessageWithAllFields() {
        ChatMessage message = (ChatMessage) accepted(CHAT);

        assertThat(message).isEqualTo(new ChatMessage("m1", "brand_a", "g1", "u1", SenderRole.MEMBER,
                MessageType.TEXT, "用了过敏了[捂脸]", "m0", List.of("s1"), BASE));
    }

    @Test
    void shouldParseMembershipChangesAndOrders() {
        assertThat(accepted(Records.MEMBERSHIP)).isEqualTo(new MembershipChange("j1", "brand_a", "g1", "u9",
                MembershipChangeKind.REMOVED, "s1", Instant.parse("2026-11-23T01:00:00Z")));

        OrderEvent order = (OrderEvent) accepted(Records.ORDER);
        assertThat(order.amount()).isEqualTo(new BigDecimal("59.80"));
        assertThat(order.items()).singleElement().satisfies(item -> {
            assertThat(item.sku()).isEqualTo("sku-1");
            assertThat(item.quantity()).isEqualTo(2);
            assertThat(item.unitPrice()).isEqualByComparingTo(new BigDecimal("29.90"));
        });
    }

    @Test
    void shouldWriteWhatItReads() {
        PulseEvent event = accepted(CHAT);

        assertThat(accepted(EventJson.write(event))).isEqualTo(event);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "not json at all                                              | malformed_json",
        "[1,2]                                                        | malformed_json",
        "{\"type\":\"chat_message\"} trailing                         | malformed_json",
        "{\"event_id\":\"x\"}                                         | missing_field",
        "{\"type\":\"reaction\",\"brand_id\":\"b\"}                   | unknown_event_type",
    })
    void shouldRejectRecordsThatAreNotEvents(String raw, String reason) {
        assertThat(rejected(raw).reason().wireName()).isEqualTo(reason);
    }

    @ParameterizedTest(name = "{0}={1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "event_id    |              | missing_field",
        "brand_id    |              | missing_field",
        "brand_id    | \"bad brand!\" | bad_value",
        "group_id    | \"\"           | missing_field",
        "sender_role | \"admin\"      | bad_value",
        "msg_type    | \"hologram\"   | bad_value",
        "sent_at     | \"yesterday\"  | bad_value",
        "sent_at     | 1763888400000| bad_value",
        "sent_at     |              | missing_field",
        "mentions    | \"u1\"         | bad_type",
        "text        |              | missing_field",
    })
    void shouldNameTheFieldThatBreaksTheContract(String field, String json, String reason) throws Exception {
        ObjectNode record = (ObjectNode) EventJson.mapper().readTree(CHAT);
        if (json == null) {
            record.remove(field);
        } else {
            record.set(field, EventJson.mapper().readTree(json));
        }

        Rejection rejection = rejected(record.toString());

        assertThat(rejection.reason().wireName()).isEqualTo(reason);
        assertThat(rejection.detail()).contains(field);
    }

    @Test
    void shouldKeepTheBrandOfARejectedRecordForTenantScopedDeadLetters() {
        assertThat(rejected(CHAT.replace("\"member\"", "\"admin\"")).brandId()).isEqualTo("brand_a");
    }

    @Test
    void shouldRejectOversizeRecordsAndTexts() {
        String longText = "差".repeat(EventValidator.MAX_TEXT_CHARS + 1);
        assertThat(rejected(CHAT.replace("用了过敏了[捂脸]", longText)).reason()).isEqualTo(RejectReason.OVERSIZE);
        assertThat(rejected(CHAT.replace("用了过敏了[捂脸]", "x".repeat(EventParser.MAX_RECORD_BYTES))).reason())
                .isEqualTo(RejectReason.OVERSIZE);
    }

    @Test
    void shouldRejectOrdersWithoutItemsOrWithNegativeAmounts() {
        String order = """
                {"type":"order","event_id":"o1:paid","brand_id":"b","order_id":"o1","customer_id":"u1",
                 "status":"paid","amount":10,"currency":"CNY","occurred_at":"2026-11-23T09:00:00Z","items":%s}
                """;
        assertThat(rejected(order.formatted("[]")).detail()).contains("items");
        assertThat(rejected(order.formatted("[{\"sku\":\"s\",\"quantity\":0,\"unit_price\":1}]")).detail())
                .contains("quantity");
        assertThat(rejected(order.formatted("[{\"sku\":\"s\",\"quantity\":1,\"unit_price\":1}]")
                .replace("\"amount\":10", "\"amount\":-1")).reason()).isEqualTo(RejectReason.BAD_VALUE);
    }

    @Test
    void shouldNeverThrowOnArbitraryInput() {
        for (String raw : new String[] {null, "", "   ", "{", "null", "\"text\"", "{\"type\":null}", "{\"type\":42}"}) {
            assertThat(parser.parse(raw)).isInstanceOf(ParseResult.Rejected.class);
        }
    }
}
