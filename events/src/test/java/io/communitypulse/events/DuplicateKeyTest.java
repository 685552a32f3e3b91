package io.communitypulse.events;

import static io.communitypulse.events.Records.rejected;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A key sent twice would let the last one win, and with brand_id that chooses the tenant. */
class DuplicateKeyTest {

    @Test
    void shouldRejectARecordThatNamesTwoBrandsWithoutChoosingEither() {
        String twoBrands = Records.CHAT.replace("\"brand_id\":\"brand_a\"", "\"brand_id\":\"brand_a\",\"brand_id\":\"brand_b\"");

        Rejection rejection = rejected(twoBrands);

        assertThat(rejection.reason()).isEqualTo(RejectReason.MALFORMED_JSON);
        assertThat(rejection.detail()).startsWith("field brand_id appears more than once");
        assertThat(rejection.brandId()).isNull();
    }

    static Stream<Arguments> everyFieldOfEveryType() {
        List<Arguments> cases = new ArrayList<>();
        for (String record : List.of(Records.CHAT, Records.MEMBERSHIP, Records.ORDER)) {
            JsonNode tree = Records.tree(record);
            for (String field : Records.fieldNames(tree)) {
                cases.add(Arguments.of(tree.get("type").asText(), field, repeated(record, "{", field, tree.get(field))));
            }
        }
        JsonNode item = Records.tree(Records.ORDER).at("/items/0");
        for (String field : Records.fieldNames(item)) {
            cases.add(Arguments.of("order", "items[0]." + field, repeated(Records.ORDER, "[{", field, item.get(field))));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("everyFieldOfEveryType")
    void shouldRejectAnyRepeatedFieldNamingIt(String type, String field, String raw) {
        Rejection rejection = rejected(raw);

        assertThat(rejection.reason()).isEqualTo(RejectReason.MALFORMED_JSON);
        assertThat(rejection.detail()).isEqualTo("field " + field
                + " appears more than once; a record names each field once (which value counts would be a guess)");
    }

    @Test
    void shouldRejectARepeatedKeyInsideAFieldTheContractIgnores() {
        String raw = Records.CHAT.replace("\"client\":\"extra fields are ignored\"", "\"client\":{\"os\":\"ios\",\"os\":\"android\"}");

        assertThat(rejected(raw).detail()).startsWith("field client.os appears more than once");
    }

    @Test
    void shouldStillReportBrokenJsonAsBrokenJson() {
        String raw = Records.CHAT.replace("\"brand_id\":\"brand_a\"", "\"brand_id\":\"brand_a\",\"brand_id\":");

        Rejection rejection = rejected(raw);

        assertThat(rejection.reason()).isEqualTo(RejectReason.MALFORMED_JSON);
        assertThat(rejection.detail()).startsWith("not valid JSON at line 1, column");
    }

    /** {@code record} with {@code field} sent a second time, with another value, right after {@code opening}. */
    private static String repeated(String record, String opening, String field, JsonNode value) {
        String other = value.isTextual() ? "\"other\"" : value.isNumber() ? "7" : "[]";
        return record.replaceFirst(java.util.regex.Pattern.quote(opening),
                java.util.regex.Matcher.quoteReplacement(opening + "\"" + field + "\":" + other + ","));
    }
}
