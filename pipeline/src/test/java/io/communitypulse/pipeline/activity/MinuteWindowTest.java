package io.communitypulse.pipeline.activity;

import static io.communitypulse.pipeline.Fixtures.at;
import static io.communitypulse.pipeline.Fixtures.chat;
import static io.communitypulse.pipeline.Fixtures.minutes;
import static io.communitypulse.pipeline.Fixtures.neutral;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.apache.flink.api.common.ExecutionConfig;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.windowing.assigners.TumblingEventTimeWindows;
import org.apache.flink.streaming.api.windowing.triggers.EventTimeTrigger;
import org.apache.flink.streaming.api.windowing.windows.TimeWindow;
import org.apache.flink.streaming.runtime.operators.windowing.WindowOperatorBuilder;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The per-minute activity window as the job builds it: a late event re-fires its minute with fuller counts. */
class MinuteWindowTest {

    private KeyedOneInputStreamOperatorTestHarness<String, ActivityEvent, GroupActivityMinute> harness;

    @BeforeEach
    void open() throws Exception {
        WindowOperatorBuilder<ActivityEvent, String, TimeWindow> builder = new WindowOperatorBuilder<>(
                TumblingEventTimeWindows.of(Duration.ofMinutes(1)), EventTimeTrigger.create(), new ExecutionConfig(),
                TypeInformation.of(ActivityEvent.class), ActivityEvent::groupKey, Types.STRING);
        builder.allowedLateness(Duration.ofMinutes(10));
        harness = new KeyedOneInputStreamOperatorTestHarness<>(
                builder.aggregate(new ActivityAggregate(), new MinuteRowFunction(), TypeInformation.of(ActivityCounts.class)),
                ActivityEvent::groupKey, Types.STRING);
        harness.open();
    }

    @AfterEach
    void close() throws Exception {
        harness.close();
    }

    @Test
    void aLateMessageWithinTheLatenessReFiresItsMinuteWithFullerCounts() throws Exception {
        send(message("m1", "u1", Duration.ofSeconds(10)), message("m2", "u2", Duration.ofSeconds(20)));
        harness.processWatermark(at(minutes(1)).toEpochMilli());

        send(message("m3", "u3", Duration.ofSeconds(30)));
        harness.processWatermark(at(minutes(5)).toEpochMilli());

        assertThat(harness.extractOutputValues()).extracting(GroupActivityMinute::memberMessages,
                        GroupActivityMinute::distinctSpeakers, GroupActivityMinute::eventsCounted)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2L, 2L, 2L), org.assertj.core.groups.Tuple.tuple(3L, 3L, 3L));
        assertThat(harness.extractOutputValues()).extracting(GroupActivityMinute::minuteStartMillis)
                .containsOnly(at(minutes(0)).toEpochMilli());
    }

    @Test
    void aMessageLaterThanTheLatenessNoLongerChangesItsMinute() throws Exception {
        send(message("m1", "u1", Duration.ofSeconds(10)));
        harness.processWatermark(at(minutes(20)).toEpochMilli());

        send(message("m2", "u2", Duration.ofSeconds(20)));

        assertThat(harness.extractOutputValues()).singleElement()
                .extracting(GroupActivityMinute::memberMessages).isEqualTo(1L);
        assertThat(harness.numKeyedStateEntries()).isZero();
    }

    private void send(ActivityEvent... events) throws Exception {
        for (ActivityEvent event : events) {
            harness.processElement(new StreamRecord<>(event, event.eventTimeMillis()));
        }
    }

    private static ActivityEvent message(String id, String member, Duration offset) {
        return ActivityEvent.of(neutral(chat(id, member, "今天天气不错", offset)));
    }
}
