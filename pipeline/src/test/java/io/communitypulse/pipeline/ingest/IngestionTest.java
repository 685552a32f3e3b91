package io.communitypulse.pipeline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class IngestionTest {

    private static final Instant NOW = Instant.parse("2026-11-23T01:00:00Z");
    private final Ingestion ingestion = new Ingestion(new FutureTimeGuard(Duration.ofMinutes(5)));

    @Test
    void anEventDatedBeyondTheAllowedSkewIsSetAsideAsFutureTime() {
        Ingested ingested = ingestion.read(raw(NOW.plus(Duration.ofDays(1))), NOW.toEpochMilli());

        assertThat(ingested.isEvent()).isFalse();
        assertThat(ingested.rejected.reason()).isEqualTo("future_time");
        assertThat(ingested.rejected.brandId()).isEqualTo("brand_x");
        assertThat(ingested.rejected.detail()).startsWith("sent_at 2026-11-24T01:00:00Z is more than 5 min ahead")
                .doesNotContain(NOW.toString());
        assertThat(ingested.eventTimeMillis).isEqualTo(NOW.plus(Duration.ofDays(1)).toEpochMilli());
        assertThat(ingested.arrivedAtMillis).isEqualTo(NOW.toEpochMilli());
    }

    @Test
    void anEventWithinTheSkewOrInThePastIsAccepted() {
        assertThat(ingestion.read(raw(NOW.plus(Duration.ofMinutes(4))), NOW.toEpochMilli()).chat).isNotNull();
        assertThat(ingestion.read(raw(NOW.minus(Duration.ofDays(30))), NOW.toEpochMilli()).chat).isNotNull();
    }

    @Test
    void aFileLineHasNoArrivalTimeSoItsDeadLetterIsTheSameOnEveryReplay() {
        RawRecord line = IngestedLines.rawRecord("{not json");

        DeadLetter first = ingestion.read(line, NOW.toEpochMilli()).rejected;
        DeadLetter again = ingestion.read(line, NOW.plus(Duration.ofDays(40)).toEpochMilli()).rejected;

        assertThat(first).isEqualTo(again);
        assertThat(first.receivedAtMillis()).isZero();
    }

    private static RawRecord raw(Instant sentAt) {
        String json = """
                {"type":"chat_message","event_id":"m1","brand_id":"brand_x","group_id":"g1","sender_id":"u1",\
                "sender_role":"member","msg_type":"text","text":"hi","sent_at":"%s"}""".formatted(sentAt);
        return new RawRecord("pulse.chat-messages", "pulse.chat-messages:0:1", json, NOW.toEpochMilli());
    }
}
