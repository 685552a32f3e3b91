package io.communitypulse.pipeline.admission;

import static io.communitypulse.pipeline.Fixtures.at;
import static io.communitypulse.pipeline.Fixtures.chat;
import static io.communitypulse.pipeline.Fixtures.minutes;
import static org.assertj.core.api.Assertions.assertThat;

import io.communitypulse.events.ChatMessage;
import io.communitypulse.pipeline.ingest.DeadLetter;
import java.time.Duration;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DeduplicateFunctionTest {

    private KeyedOneInputStreamOperatorTestHarness<String, ChatMessage, ChatMessage> harness;

    @BeforeEach
    void open() throws Exception {
        harness = new KeyedOneInputStreamOperatorTestHarness<>(
                new KeyedProcessOperator<>(new DeduplicateFunction<ChatMessage>(Duration.ofHours(1), "chat")),
                DeduplicateFunction::key, Types.STRING);
        harness.open();
    }

    @AfterEach
    void close() throws Exception {
        harness.close();
    }

    @Test
    void shouldPassTheFirstCopyAndDeadLetterTheRest() throws Exception {
        ChatMessage message = chat("m1", "u1", "有人在吗", minutes(0));

        send(message);
        send(message);
        send(message);
        send(chat("m2", "u1", "有人在吗", minutes(0)));

        assertThat(harness.extractOutputValues()).extracting(ChatMessage::eventId).containsExactly("m1", "m2");
        assertThat(harness.getSideOutput(DeduplicateFunction.DUPLICATES)).extracting(StreamRecord::getValue)
                .extracting(DeadLetter::reason, DeadLetter::recordKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("duplicate", "duplicate:brand_a|m1:1"),
                        org.assertj.core.groups.Tuple.tuple("duplicate", "duplicate:brand_a|m1:2"));
    }

    @Test
    void shouldForgetIdsOnceTheWatermarkPassesTheHorizon() throws Exception {
        send(chat("m1", "u1", "有人在吗", minutes(0)));
        assertThat(harness.numKeyedStateEntries()).isEqualTo(1);

        harness.processWatermark(at(minutes(61)).toEpochMilli());

        assertThat(harness.numKeyedStateEntries()).isZero();
        assertThat(harness.numEventTimeTimers()).isZero();
    }

    private void send(ChatMessage message) throws Exception {
        harness.processElement(new StreamRecord<>(message, message.sentAt().toEpochMilli()));
    }
}
