package io.communitypulse.pipeline.community;

import static org.assertj.core.api.Assertions.assertThat;

import io.communitypulse.events.MembershipChange;
import io.communitypulse.events.MembershipChangeKind;
import io.communitypulse.pipeline.Fixtures;
import io.communitypulse.pipeline.timeline.GroupEvent;
import java.time.Duration;
import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;

/** The dormant clock: the job's watermark, told to every known group of a brand each hour. */
class GroupTicksTest {

    private static KeyedOneInputStreamOperatorTestHarness<String, GroupEvent, GroupEvent> ticks(Duration forgetAfter)
            throws Exception {
        var harness = new KeyedOneInputStreamOperatorTestHarness<>(
                new KeyedProcessOperator<>(new GroupTicks(Duration.ofHours(1), forgetAfter)), GroupEvent::brandId, Types.STRING);
        harness.open();
        return harness;
    }

    private static void event(KeyedOneInputStreamOperatorTestHarness<String, GroupEvent, GroupEvent> harness, String group,
                              Duration at) throws Exception {
        GroupEvent event = GroupEvent.of(new MembershipChange("e-" + group + at, Fixtures.BRAND, group, "u1",
                MembershipChangeKind.JOIN, null, Fixtures.at(at)));
        harness.processElement(new StreamRecord<>(event, event.timeMillis()));
    }

    private static List<String> ticked(KeyedOneInputStreamOperatorTestHarness<String, GroupEvent, GroupEvent> harness) {
        return harness.extractOutputValues().stream()
                .map(e -> e.tick.groupId + "@" + Duration.ofMillis(e.tick.atMillis - Fixtures.BASE.toEpochMilli()).toMinutes())
                .sorted().toList();
    }

    @Test
    void everyKnownGroupOfTheBrandHearsEachHourTheWatermarkPasses() throws Exception {
        try (var harness = ticks(Duration.ofDays(60))) {
            event(harness, "g1", Duration.ofMinutes(10));
            event(harness, "g2", Duration.ofMinutes(20));
            harness.processWatermark(Fixtures.at(Duration.ofMinutes(150)).toEpochMilli());

            // BASE is a whole hour: ticks at +60 and +120 minutes
            assertThat(ticked(harness)).containsExactly("g1@120", "g1@60", "g2@120", "g2@60");
        }
    }

    @Test
    void theEndOfTheInputSendsNoTicks() throws Exception {
        try (var harness = ticks(Duration.ofDays(60))) {
            event(harness, "g1", Duration.ofMinutes(10));
            harness.processWatermark(Long.MAX_VALUE);

            assertThat(ticked(harness)).isEmpty();
            assertThat(harness.numEventTimeTimers()).isZero();
        }
    }

    @Test
    void aGroupWithoutEventsForTheForgetPeriodGetsALastTickAndIsDropped() throws Exception {
        try (var harness = ticks(Duration.ofHours(3))) {
            event(harness, "g1", Duration.ofMinutes(10));
            harness.processWatermark(Fixtures.at(Duration.ofHours(10)).toEpochMilli());

            assertThat(ticked(harness)).containsExactly("g1@120", "g1@180", "g1@240", "g1@60");
            assertThat(harness.numKeyedStateEntries()).isZero();
            assertThat(harness.numEventTimeTimers()).isZero();
        }
    }
}
