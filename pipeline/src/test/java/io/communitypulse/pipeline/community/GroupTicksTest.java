package io.communitypulse.pipeline.community;

import static org.assertj.core.api.Assertions.assertThat;

import io.communitypulse.events.MembershipChange;
import io.communitypulse.events.MembershipChangeKind;
import io.communitypulse.pipeline.Fixtures;
import io.communitypulse.pipeline.timeline.GroupEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.functions.util.ListCollector;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;

/** The dormant clock: the job's watermark, told to every known group of a brand each hour. */
class GroupTicksTest {

    private static KeyedOneInputStreamOperatorTestHarness<String, GroupTick, GroupEvent> ticks(Duration forgetAfter)
            throws Exception {
        var harness = new KeyedOneInputStreamOperatorTestHarness<>(
                new KeyedProcessOperator<>(new GroupTicks(Duration.ofHours(1), forgetAfter)), (GroupTick seen) -> seen.brandId,
                Types.STRING);
        harness.open();
        return harness;
    }

    private static void event(KeyedOneInputStreamOperatorTestHarness<String, GroupTick, GroupEvent> harness, String group,
                              Duration at) throws Exception {
        GroupEvent event = GroupEvent.of(new MembershipChange("e-" + group + at, Fixtures.BRAND, group, "u1",
                MembershipChangeKind.JOIN, null, Fixtures.at(at)));
        List<GroupTick> sightings = new ArrayList<>();
        new GroupSightings(Duration.ofHours(1).toMillis()).flatMap(event, new ListCollector<>(sightings));
        for (GroupTick seen : sightings) {
            harness.processElement(new StreamRecord<>(seen, seen.atMillis));
        }
    }

    private static List<String> ticked(KeyedOneInputStreamOperatorTestHarness<String, GroupTick, GroupEvent> harness) {
        return harness.extractOutputValues().stream()
                .map(e -> e.tick.groupId + "@" + Duration.ofMillis(e.tick.atMillis - Fixtures.BASE.toEpochMilli()).toMinutes())
                .sorted().toList();
    }

    @Test
    void eachHourTheWatermarkPassesEveryGroupOfTheBrandSilentForThatHourHearsIt() throws Exception {
        try (var harness = ticks(Duration.ofDays(60))) {
            event(harness, "g1", Duration.ofMinutes(10));
            event(harness, "g2", Duration.ofMinutes(20));
            event(harness, "g2", Duration.ofMinutes(70));
            harness.processWatermark(Fixtures.at(Duration.ofMinutes(190)).toEpochMilli());

            // BASE is a whole hour: ticks at +60 (both spoke in the hour before), +120 (g2 did) and +180
            assertThat(ticked(harness)).containsExactly("g1@120", "g1@180", "g2@180");
        }
    }

    @Test
    void aGroupIsSightedOnceAnHour() throws Exception {
        List<GroupTick> sightings = new ArrayList<>();
        GroupSightings sight = new GroupSightings(Duration.ofHours(1).toMillis());
        for (int minute : new int[] {5, 30, 59, 61, 62, 20}) {
            sight.flatMap(GroupEvent.of(new MembershipChange("e" + minute, Fixtures.BRAND, "g1", "u1", MembershipChangeKind.JOIN,
                    null, Fixtures.at(Duration.ofMinutes(minute)))), new ListCollector<>(sightings));
        }

        assertThat(sightings).extracting(seen -> Duration.ofMillis(seen.atMillis - Fixtures.BASE.toEpochMilli()).toMinutes())
                .containsExactly(5L, 61L);
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

            assertThat(ticked(harness)).containsExactly("g1@120", "g1@180", "g1@240");
            assertThat(harness.numKeyedStateEntries()).isZero();
            assertThat(harness.numEventTimeTimers()).isZero();
        }
    }
}
