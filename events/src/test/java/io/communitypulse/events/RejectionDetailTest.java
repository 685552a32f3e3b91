package io.communitypulse.events;

import static io.communitypulse.events.Records.rejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every way a record can break contract v1, and the dead-letter detail it gets: the field and the
 * rule in the contract's words, never the parser's Java vocabulary.
 */
class RejectionDetailTest {

    private static final Map<String, String> RECORDS =
            Map.of("chat", Records.CHAT, "membership", Records.MEMBERSHIP, "order", Records.ORDER);

    /** Words that belong to the parser's implementation, not to the contract. */
    private static final String[] INTERNALS = {"java.", "`", "Exception", "Cannot ", "index", "Source", "jackson",
        "io.communitypulse", "Creator", "token", "JsonToken"};

    @ParameterizedTest(name = "{0} {1}={2} -> {3}")
    @CsvSource(delimiter = '|', nullValues = "ABSENT", value = {
        // binding: the JSON shape or value does not fit the field
        "chat       | /group_id            | {}                 | bad_type      | group_id must be a string, got an object",
        "chat       | /text                | [1]                | bad_type      | text must be a string, got an array",
        "chat       | /sender_role         | \"admin\"          | bad_value     | sender_role must be one of member, staff, bot, got 'admin'",
        "chat       | /sender_role         | \"MEMBER\"         | bad_value     | sender_role must be one of member, staff, bot, got 'MEMBER'",
        "chat       | /sender_role         | 0                  | bad_value     | sender_role must be one of member, staff, bot, got 0",
        "chat       | /sender_role         | []                 | bad_type      | sender_role must be one of member, staff, bot, got an array",
        "chat       | /msg_type            | \"hologram\"       | bad_value     | msg_type must be one of text, image, voice, video, link, red_packet, mini_program, emoji, system, got 'hologram'",
        "chat       | /mentions            | \"u1\"             | bad_type      | mentions must be an array, got a string",
        "chat       | /mentions            | [{}]               | bad_type      | mentions[0] must be a string, got an object",
        "chat       | /sent_at             | {}                 | bad_type      | sent_at must be an ISO-8601 instant with an offset, such as 2026-11-23T09:00:00+08:00, got an object",
        "membership | /change              | \"kicked\"         | bad_value     | change must be one of join, leave, removed, got 'kicked'",
        "order      | /status              | \"shipped\"        | bad_value     | status must be one of paid, refunded, cancelled, got 'shipped'",
        "order      | /amount              | \"abc\"            | bad_value     | amount must be a number, got 'abc'",
        "order      | /amount              | true               | bad_type      | amount must be a number, got a boolean",
        "order      | /items               | {}                 | bad_type      | items must be an array, got an object",
        "order      | /items               | [\"sku-1\"]        | bad_type      | items[0] must be an object, got a string",
        "order      | /items/0/quantity    | 1.5                | bad_value     | items[0].quantity must be a whole number up to 2147483647, got 1.5",
        "order      | /items/0/quantity    | \"two\"            | bad_value     | items[0].quantity must be a whole number up to 2147483647, got 'two'",
        "order      | /items/0/quantity    | 2147483648         | bad_value     | items[0].quantity must be a whole number up to 2147483647, got 2147483648",
        "order      | /items/0/quantity    | null               | missing_field | items[0].quantity is required",
        "order      | /items/0/quantity    | ABSENT             | missing_field | items[0].quantity is required",
        "order      | /items/0/unit_price  | \"x\"              | bad_value     | items[0].unit_price must be a number, got 'x'",
        // rules: what types alone cannot say
        "chat       | /event_id            | ABSENT             | missing_field | event_id is required",
        "chat       | /brand_id            | \"\"               | missing_field | brand_id is required",
        "chat       | /brand_id            | \"bad brand!\"     | bad_value     | brand_id must be 1 to 64 characters of A-Z a-z 0-9 _ . -, got 'bad brand!'",
        "chat       | /group_id            | \"  \"             | missing_field | group_id is required",
        "chat       | /sender_id           | null               | missing_field | sender_id is required",
        "chat       | /sender_role         | ABSENT             | missing_field | sender_role is required",
        "chat       | /msg_type            | null               | missing_field | msg_type is required",
        "chat       | /sent_at             | ABSENT             | missing_field | sent_at is required",
        "chat       | /text                | \"\"               | missing_field | text is required when msg_type is text",
        "chat       | /mentions            | [\"s1\",null]      | bad_type      | mentions[1] must be a string, got null",
        "membership | /member_id           | ABSENT             | missing_field | member_id is required",
        "membership | /change              | ABSENT             | missing_field | change is required",
        "membership | /occurred_at         | null               | missing_field | occurred_at is required",
        "order      | /order_id            | ABSENT             | missing_field | order_id is required",
        "order      | /customer_id         | ABSENT             | missing_field | customer_id is required",
        "order      | /status              | ABSENT             | missing_field | status is required",
        "order      | /currency            | ABSENT             | missing_field | currency is required",
        "order      | /currency            | \"RMB$$\"          | bad_value     | currency must be an ISO 4217 code, three capital letters such as CNY, got 'RMB$$'",
        "order      | /currency            | \"cny\"            | bad_value     | currency must be an ISO 4217 code, three capital letters such as CNY, got 'cny'",
        "order      | /amount              | ABSENT             | missing_field | amount is required",
        "order      | /amount              | -1                 | bad_value     | amount must be 0 or more, got -1",
        "order      | /amount              | 1e16               | bad_value     | amount must be less than 10^16 (16 digits before the point), got 1E+16",
        "order      | /items               | []                 | missing_field | items is required for a paid order, with at least one item",
        "order      | /items               | [null]             | bad_type      | items[0] must be an object, got null",
        "order      | /items/0/sku         | ABSENT             | missing_field | items[0].sku is required",
        "order      | /items/0/quantity    | 0                  | bad_value     | items[0].quantity must be greater than 0, got 0",
        "order      | /items/0/unit_price  | 1e20               | bad_value     | items[0].unit_price must be less than 10^16 (16 digits before the point), got 1E+20",
    })
    void shouldNameTheFieldAndTheRule(String record, String field, String json, String reason, String detail) {
        Rejection rejection = rejected(Records.with(RECORDS.get(record), field, json));

        assertThat(rejection.reason().wireName()).isEqualTo(reason);
        assertThat(rejection.detail()).isEqualTo(detail).doesNotContain(INTERNALS);
        if (!field.equals("/brand_id")) {
            assertThat(rejection.brandId()).as("the brand, for tenant-scoped dead letters").isEqualTo("brand_a");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "{\"type\":\"chat_message\"                            | the record ends inside its JSON object (cut off?)",
        "{\"type\":\"chat_message\",}                          | not valid JSON at line 1, column 24: Unexpected character ('}' (code 125)): was expecting double-quote to start field name",
        "{\"type\":\"chat_message\"} {\"type\":\"order\"}      | data after the end of the JSON object: one event per record",
        "[1,2]                                                 | a record must be one JSON object {...}, got an array",
        "\"text\"                                              | a record must be one JSON object {...}, got a string",
        "null                                                  | a record must be one JSON object {...}, got null",
        "{\"event_id\":\"x\"}                                  | type is required, one of chat_message, membership_change, order, group_snapshot",
        "{\"type\":\"\"}                                       | type is required, one of chat_message, membership_change, order, group_snapshot",
        "{\"type\":42}                                         | type must be a string, one of chat_message, membership_change, order, group_snapshot, got a number",
        "{\"type\":\"reaction\"}                               | type 'reaction' is not one of chat_message, membership_change, order, group_snapshot",
    })
    void shouldSayWhyARecordIsNoEvent(String raw, String detail) {
        assertThat(rejected(raw).detail()).isEqualTo(detail).doesNotContain(INTERNALS);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  \n"})
    void shouldCallAnEmptyRecordEmpty(String raw) {
        assertThat(rejected(raw).detail()).isEqualTo("empty record");
    }

    @Test
    void shouldGiveSizesInTheLimitsOwnUnits() {
        String longText = Records.with(Records.CHAT, "/text", "\"" + "差".repeat(EventValidator.MAX_TEXT_CHARS + 1) + "\"");
        assertThat(rejected(longText).detail()).isEqualTo("text has 4001 characters, the limit is 4000");

        String longId = Records.with(Records.CHAT, "/event_id", "\"" + "m".repeat(EventValidator.MAX_ID_CHARS + 1) + "\"");
        assertThat(rejected(longId).detail()).isEqualTo("event_id has 129 characters, the limit is 128");

        String huge = Records.with(Records.CHAT, "/client", "\"" + "x".repeat(EventParser.MAX_RECORD_BYTES) + "\"");
        assertThat(rejected(huge).detail()).matches("record is \\d+ bytes, the limit is 65536");
    }
}
