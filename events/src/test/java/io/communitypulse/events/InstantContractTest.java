package io.communitypulse.events;

import static io.communitypulse.events.Records.accepted;
import static io.communitypulse.events.Records.rejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** docs/events.md, Time: ISO-8601 with an offset; numbers are not instants; 2000 up to 2100. */
class InstantContractTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "\"2026-11-23T09:00:00Z\"          | 2026-11-23T09:00:00Z",
        "\"2026-11-23T17:00:00+08:00\"     | 2026-11-23T09:00:00Z",
        "\"2026-11-23T17:00:00.123+08:00\" | 2026-11-23T09:00:00.123Z",
    })
    void shouldAcceptIsoInstantsWithAnOffset(String json, String expected) {
        ChatMessage message = (ChatMessage) accepted(Records.with(Records.CHAT, "/sent_at", json));

        assertThat(message.sentAt()).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "1795000000                | got 1795000000, a number (epoch seconds and milliseconds are not accepted)",
        "1795000000000             | got 1795000000000, a number (epoch seconds and milliseconds are not accepted)",
        "1795000000.5              | got 1795000000.5, a number (epoch seconds and milliseconds are not accepted)",
        "\"1795000000\"            | got '1795000000', a number in a string (epoch seconds and milliseconds are not accepted)",
        "\"2026-11-23T09:00:00\"   | got '2026-11-23T09:00:00', which has no offset (add Z for UTC or +08:00 for China time)",
        "\"2026-11-23 09:00:00Z\"  | got '2026-11-23 09:00:00Z'",
        "\"yesterday\"             | got 'yesterday'",
    })
    void shouldRejectWhatIsNotAnIsoInstantSayingWhatItIs(String json, String got) {
        Rejection rejection = rejected(Records.with(Records.CHAT, "/sent_at", json));

        assertThat(rejection.reason()).isEqualTo(RejectReason.BAD_VALUE);
        assertThat(rejection.detail()).isEqualTo(
                "sent_at must be an ISO-8601 instant with an offset, such as 2026-11-23T09:00:00+08:00, " + got);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "\"1970-01-21T18:36:40Z\"         | occurred_at 1970-01-21T18:36:40Z is outside 2000-01-01T00:00:00Z..2100-01-01T00:00:00Z (epoch seconds converted as milliseconds?)",
        "\"+58851-08-02T08:00:00Z\"       | occurred_at +58851-08-02T08:00:00Z is outside 2000-01-01T00:00:00Z..2100-01-01T00:00:00Z (epoch milliseconds converted as seconds?)",
        "\"1999-12-31T23:59:59Z\"         | occurred_at 1999-12-31T23:59:59Z is outside 2000-01-01T00:00:00Z..2100-01-01T00:00:00Z",
        "\"2100-01-01T08:00:00+08:00\"    | occurred_at 2100-01-01T00:00:00Z is outside 2000-01-01T00:00:00Z..2100-01-01T00:00:00Z",
    })
    void shouldRejectTimesOutsideTheRangeWithAHintOnlyWhereItFits(String json, String detail) {
        Rejection rejection = rejected(Records.with(Records.MEMBERSHIP, "/occurred_at", json));

        assertThat(rejection.reason()).isEqualTo(RejectReason.BAD_VALUE);
        assertThat(rejection.detail()).isEqualTo(detail);
    }
}
