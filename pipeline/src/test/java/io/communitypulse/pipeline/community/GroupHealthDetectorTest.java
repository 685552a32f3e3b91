package io.communitypulse.pipeline.community;

import static io.communitypulse.pipeline.community.GroupEvents.bot;
import static io.communitypulse.pipeline.community.GroupEvents.hours;
import static io.communitypulse.pipeline.community.GroupEvents.join;
import static io.communitypulse.pipeline.community.GroupEvents.leave;
import static io.communitypulse.pipeline.community.GroupEvents.members;
import static io.communitypulse.pipeline.community.GroupEvents.minutes;
import static io.communitypulse.pipeline.community.GroupEvents.removed;
import static io.communitypulse.pipeline.community.GroupEvents.reply;
import static io.communitypulse.pipeline.community.GroupEvents.say;
import static io.communitypulse.pipeline.community.GroupEvents.snapshot;
import static io.communitypulse.pipeline.community.GroupEvents.staff;
import static org.assertj.core.api.Assertions.assertThat;

import io.communitypulse.pipeline.Fixtures;
import io.communitypulse.pipeline.timeline.GroupEvent;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The roster and the day's figures of one group on its ordered stream. The day is 2026-11-23 in
 * Shanghai: from BASE - 9 h to BASE + 15 h; its final row comes 11 minutes after its end.
 */
class GroupHealthDetectorTest {

    private static final LocalDate DAY = LocalDate.parse("2026-11-23");
    private static final Duration DAY_END = hours(15);
    private static final Duration AFTER_CLOSE = DAY_END.plusMinutes(12);

    @Test
    void shouldCountTheDaysMembersMessagesRepliesAndExits() throws Exception {
        try (HealthHarness group = new HealthHarness(HealthSettings.DEFAULT)) {
            group.feed(snapshot(Duration.ZERO, List.of("s1"), members("u", 4)),
                    say("m1", "u001", "有人用过这个面霜吗", minutes(10)),
                    reply("m2", "u002", "m1", minutes(20)),
                    reply("m3", "u001", "m2", minutes(30)),
                    staff("m4", "s1", minutes(40)),
                    bot("m5", "b1", minutes(50)),
                    join("u005", hours(1)),
                    leave("u003", hours(2)),
                    leave("u005", hours(3)),
                    removed("u004", hours(4)));
            group.watermarkAt(AFTER_CLOSE);

            GroupHealthDay day = group.days().get(DAY);
            assertThat(day.dayComplete()).isTrue();
            assertThat(day.timeZone()).isEqualTo("Asia/Shanghai");
            assertThat(day.groupName()).isEqualTo("福利群1");
            assertThat(day.members()).as("u001 and u002 are left").isEqualTo(2);
            assertThat(day.membersAtStart()).as("members less the day's net growth: 2 - 1 + 2 + 1").isEqualTo(4);
            assertThat(List.of(day.staff(), day.bots(), day.joins(), day.leaves(), day.removals(), day.earlyExits()))
                    .containsExactly(1, 1, 1, 2, 1, 1);
            assertThat(List.of(day.dailySenders(), day.activeMembers7d())).containsExactly(2, 2);
            assertThat(List.of(day.memberMessages(), day.staffMessages(), day.botMessages())).containsExactly(3, 1, 1);
            assertThat(day.memberTopics()).as("m1 drew u002's reply").isEqualTo(1);
            assertThat(day.memberReplies()).as("m2 and m3").isEqualTo(2);
            assertThat(day.lastMemberMessageAt()).isEqualTo(Fixtures.at(minutes(30)).toEpochMilli());
            assertThat(day.activeRate()).isEqualTo(1.0);
            assertThat(day.staffShare()).isEqualTo(0.4);
            assertThat(day.asOfMillis()).isEqualTo(Fixtures.at(DAY_END.plusMinutes(11)).toEpochMilli());

            Map<String, GroupMemberRow> roster = group.members();
            assertThat(roster.get("u003")).satisfies(row -> {
                assertThat(row.inGroup()).isFalse();
                assertThat(row.departure()).isEqualTo("leave");
                assertThat(row.knownFrom()).isEqualTo("snapshot");
            });
            assertThat(roster.get("u004").departure()).isEqualTo("removed");
            assertThat(roster.get("u005").joinedAtMillis()).isEqualTo(Fixtures.at(hours(1)).toEpochMilli());
            assertThat(roster.get("b1").role()).isEqualTo("bot");
            assertThat(roster.get("u001").lastSpokeAtMillis()).isEqualTo(Fixtures.at(minutes(30)).toEpochMilli());
        }
    }

    @Test
    void shouldCountWhoWasInTheGroupAtMidnightNotAfter() throws Exception {
        try (HealthHarness group = new HealthHarness(HealthSettings.DEFAULT)) {
            group.feed(snapshot(Duration.ZERO, List.of(), members("u", 3)),
                    join("u010", DAY_END.plusMinutes(2)),
                    leave("u001", DAY_END.plusMinutes(5)));
            group.watermarkAt(DAY_END.plusMinutes(6));
            // a leave from before midnight, delivered after the day's first events
            group.feed(leave("u002", DAY_END.minusMinutes(10)));
            group.watermarkAt(AFTER_CLOSE);

            GroupHealthDay day = group.days().get(DAY);
            assertThat(day.members()).as("u001 left after midnight, u010 joined after it, u002 before it").isEqualTo(2);
            assertThat(day.leaves()).isEqualTo(1);
            assertThat(day.joins()).isZero();
            GroupHealthDay next = group.days().get(DAY.plusDays(1));
            assertThat(next.membersAtStart()).isEqualTo(2);
            assertThat(next.members()).as("u003 and u010, now").isEqualTo(2);
        }
    }

    @Test
    void aSnapshotReconcilesLostAndReorderedCallbacks() throws Exception {
        try (HealthHarness group = new HealthHarness(HealthSettings.DEFAULT)) {
            group.feed(join("u001", Duration.ZERO), join("u002", minutes(1)),
                    snapshot(hours(1), List.of(), List.of("u001", "u003")),
                    leave("u001", hours(2)));
            group.watermarkAt(hours(3));
            // u003's leave was dated before the snapshot that still lists them: the snapshot is newer
            group.feed(leave("u003", minutes(30)));
            group.watermarkAt(AFTER_CLOSE);

            GroupHealthDay day = group.days().get(DAY);
            assertThat(day.members()).as("u003 only").isEqualTo(1);
            assertThat(group.members().get("u002").departure()).isEqualTo("missing_from_snapshot");
            assertThat(group.members().get("u003").inGroup()).isTrue();
            assertThat(group.members().get("u001").departure()).isEqualTo("leave");
        }
    }

    @Test
    void aSnapshotArrivingAfterLaterEventsGivesTheRosterOfInOrderDelivery() throws Exception {
        GroupEvent snapshot = snapshot(Duration.ZERO, List.of("s1"), members("u", 5));
        List<GroupEvent> later = List.of(say("m1", "u001", "早", minutes(5)), leave("u002", minutes(6)),
                removed("u003", minutes(7)), join("u010", minutes(8)), say("m2", "u010", "大家好", minutes(9)));
        Map<String, GroupMemberRow> inOrder;
        Map<LocalDate, GroupHealthDay> daysInOrder;
        try (HealthHarness group = new HealthHarness(HealthSettings.DEFAULT)) {
            group.feed(snapshot).feed(later.toArray(GroupEvent[]::new)).watermarkAt(AFTER_CLOSE);
            inOrder = group.members();
            daysInOrder = group.days();
        }
        try (HealthHarness group = new HealthHarness(HealthSettings.DEFAULT)) {
            group.feed(later.toArray(GroupEvent[]::new)).watermarkAt(minutes(9));
            group.feed(snapshot).watermarkAt(AFTER_CLOSE);

            assertThat(group.members()).isEqualTo(inOrder);
            assertThat(group.days()).isEqualTo(daysInOrder);
        }
        assertThat(inOrder.get("u002").departure()).isEqualTo("leave");
        assertThat(inOrder.get("u003").departure()).isEqualTo("removed");
        assertThat(inOrder.get("u001").knownFrom()).isEqualTo("snapshot");
        assertThat(inOrder.get("u010").knownFrom()).isEqualTo("join");
    }

    @Test
    void lateEventsWithinTheLatenessGiveTheRowsOfInOrderDelivery() throws Exception {
        List<GroupEvent> events = busyDay(new SplittableRandom(7));
        Map<LocalDate, GroupHealthDay> inOrder;
        Map<String, GroupMemberRow> rosterInOrder;
        try (HealthHarness group = new HealthHarness(HealthSettings.DEFAULT)) {
            deliver(group, events, new SplittableRandom(1), 0);
            inOrder = group.days();
            rosterInOrder = group.members();
        }
        try (HealthHarness group = new HealthHarness(HealthSettings.DEFAULT)) {
            deliver(group, events, new SplittableRandom(2), 0.3);

            assertThat(group.days()).isEqualTo(inOrder);
            assertThat(group.members()).isEqualTo(rosterInOrder);
        }
        assertThat(inOrder.get(DAY).memberReplies()).isPositive();
        assertThat(inOrder.get(DAY).earlyExits()).isPositive();
    }

    /** A day of a group of 60 with joins, leaves, removals, messages and replies, in time order. */
    private static List<GroupEvent> busyDay(SplittableRandom random) {
        List<GroupEvent> events = new ArrayList<>();
        List<String> people = new ArrayList<>(members("u", 60));
        events.add(snapshot(Duration.ZERO, List.of("s1"), people.subList(0, 50)));
        List<String> messageIds = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            Duration at = minutes(1).plusSeconds(i * 150L + random.nextInt(100));
            String member = people.get(random.nextInt(people.size()));
            int roll = random.nextInt(20);
            if (roll == 0) {
                events.add(join(member, at));
            } else if (roll == 1) {
                events.add(leave(member, at));
            } else if (roll == 2) {
                events.add(removed(member, at));
            } else if (roll < 6) {
                events.add(staff("s" + i, "s1", at));
            } else if (roll < 10 && !messageIds.isEmpty()) {
                events.add(reply("m" + i, member, messageIds.get(random.nextInt(messageIds.size())), at));
                messageIds.add("m" + i);
            } else {
                events.add(say("m" + i, member, "今天天气不错", at));
                messageIds.add("m" + i);
            }
        }
        return events;
    }

    /** Sends a {@code lateShare} of the events up to 5 minutes late, the watermark 5 s behind the newest. */
    private static void deliver(HealthHarness group, List<GroupEvent> events, SplittableRandom random, double lateShare)
            throws Exception {
        record Arrival(GroupEvent event, long at) {}
        List<Arrival> arrivals = new ArrayList<>();
        for (GroupEvent event : events) {
            long delay = random.nextDouble() < lateShare ? 5_000 + random.nextInt(295_000) : 0;
            arrivals.add(new Arrival(event, event.timeMillis() + delay));
        }
        arrivals.sort(Comparator.comparingLong(Arrival::at));
        long newest = Long.MIN_VALUE;
        for (Arrival arrival : arrivals) {
            group.feed(arrival.event());
            newest = Math.max(newest, arrival.at());
            group.watermarkAt(Duration.ofMillis(newest - 5_000 - Fixtures.BASE.toEpochMilli()));
        }
        group.watermarkAt(AFTER_CLOSE.plusDays(1));
    }
}
