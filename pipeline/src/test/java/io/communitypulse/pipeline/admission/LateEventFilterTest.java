package io.communitypulse.pipeline.admission;

import static io.communitypulse.pipeline.Fixtures.at;
import static io.communitypulse.pipeline.Fixtures.chat;
import static io.communitypulse.pipeline.Fixtures.minutes;
import static org.assertj.core.api.Assertions.assertThat;

import io.communitypulse.events.ChatMessage;
import io.communitypulse.pipeline.ingest.DeadLetter;
import java.time.Duration;
import org.apache.flink.streaming.api.operators.ProcessOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LateEventFilterTest {

    private OneInputStreamOperatorTestHarness<ChatMessage, ChatMessage> harness;

    @BeforeEach
    void open() throws Exception {
        harness = new OneInputStreamOperatorTestHarness<>(
                new ProcessOperator<>(new LateEventFilter<ChatMessage>(Duration.ofMinutes(10), "chat")));
        harness.open();
    }

    @AfterEach
    void close() throws Exception {
        harness.close();
    }

    @Test
    void shouldLetEverythingThroughBeforeTheFirstWatermark() throws Exception {
        send(chat("m1", "u1", "早", minutes(-600)));

        assertThat(harness.extractOutputValues()).extracting(ChatMessage::eventId).containsExactly("m1");
    }

    @Test
    void shouldLetALateEventWithinTheLatenessThrough() throws Exception {
        harness.processWatermark(at(minutes(20)).toEpochMilli());

        send(chat("m1", "u1", "刚才说到哪了", minutes(11)));

        assertThat(harness.extractOutputValues()).extracting(ChatMessage::eventId).containsExactly("m1");
        assertThat(harness.getSideOutput(LateEventFilter.TOO_LATE)).isNull();
    }

    @Test
    void shouldDeadLetterAnEventOlderThanTheLatenessAsTooLate() throws Exception {
        harness.processWatermark(at(minutes(20)).toEpochMilli());

        send(chat("m1", "u1", "刚才说到哪了", minutes(5)));

        assertThat(harness.extractOutputValues()).isEmpty();
        assertThat(harness.getSideOutput(LateEventFilter.TOO_LATE)).singleElement()
                .extracting(StreamRecord::getValue)
                .satisfies(letter -> {
                    DeadLetter deadLetter = (DeadLetter) letter;
                    assertThat(deadLetter.reason()).isEqualTo("too_late");
                    assertThat(deadLetter.recordKey()).isEqualTo("too_late:brand_a|m1");
                    assertThat(deadLetter.receivedAtMillis()).isEqualTo(at(minutes(5)).toEpochMilli());
                });
    }

    private void send(ChatMessage message) throws Exception {
        harness.processElement(new StreamRecord<>(message, message.sentAt().toEpochMilli()));
    }
}
