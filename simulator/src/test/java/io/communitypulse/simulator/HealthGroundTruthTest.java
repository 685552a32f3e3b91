package io.communitypulse.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.communitypulse.events.ChatMessage;
import io.communitypulse.events.EventJson;
import io.communitypulse.events.EventParser;
import io.communitypulse.events.GroupSnapshot;
import io.communitypulse.events.MembershipChange;
import io.communitypulse.events.MembershipChangeKind;
import io.communitypulse.events.PulseEvent;
import io.communitypulse.events.SenderRole;
import io.communitypulse.events.SnapshotMember;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The health side of the simulation: snapshots, realistic rosters, and what each staged health incident must show. */
class HealthGroundTruthTest {

    /** Sixteen days of quieter history, then fifteen live minutes. */
    private static final SimulatorConfig HISTORY = SimulatorConfig.defaults().withGroups(24).withRate(5)
            .withHealth(HealthScenarios.DEFAULT.withHistory(Duration.ofDays(16), 0.01));
    private static List<PulseEvent> historyEvents;

    private static synchronized List<PulseEvent> history() {
        if (historyEvents == null) {
            historyEvents = Simulation.create(HISTORY).stream()
                    .filter(r -> r instanceof TimedRecord.Event e && e.delivery() != TimedRecord.Delivery.DUPLICATE)
                    .map(r -> ((TimedRecord.Event) r).event())
                    .sorted(Comparator.comparing(PulseEvent::eventTime)).toList();
        }
        return historyEvents;
    }

    private static Incident incident(String kind) {
        return Simulation.create(HISTORY).healthIncidents().stream().filter(i -> i.kind().equals(kind)).findFirst().orElseThrow();
    }

    @Test
    void everyGroupIsSnapshottedAtTheStartWithEveryoneInIt() {
        Fixtures.Run run = Fixtures.defaultRun();
        List<GroupSnapshot> first = run.events().stream().filter(GroupSnapshot.class::isInstance).map(GroupSnapshot.class::cast)
                .filter(s -> s.takenAt().equals(Fixtures.BASE)).distinct().toList();

        assertThat(first.stream().map(GroupSnapshot::groupId).distinct().count()).isEqualTo(Fixtures.CONFIG.groups());
        assertThat(first).hasSize(Fixtures.CONFIG.groups()).allSatisfy(snapshot -> {
            assertThat(snapshot.members()).extracting(SnapshotMember::role).contains(SenderRole.STAFF, SenderRole.BOT);
            assertThat(snapshot.members()).allSatisfy(m -> assertThat(m.joinedAt()).isBeforeOrEqualTo(snapshot.takenAt()));
            assertThat(EventJson.write(snapshot).getBytes(StandardCharsets.UTF_8).length).isLessThan(EventParser.MAX_RECORD_BYTES);
        });
        List<Long> customers = first.stream()
                .map(s -> s.members().stream().filter(m -> m.role() == SenderRole.MEMBER).count()).toList();
        assertThat(customers).allSatisfy(n -> assertThat(n).isBetween(50L, 500L));
        assertThat(customers.stream().mapToLong(Long::longValue).average().orElseThrow()).as("mean group size").isBetween(120.0, 260.0);
        assertThat(customers.stream().filter(n -> n > 300).count()).as("a few big groups").isPositive();
    }

    @Test
    void mostMembersOfAGroupSaySomethingInAWeekOnlyInAMinority() {
        Instant weekBefore = HISTORY.start().minus(Duration.ofDays(7));
        Map<String, Set<String>> speakers = new HashMap<>();
        history().stream().filter(ChatMessage.class::isInstance).map(ChatMessage.class::cast)
                .filter(m -> m.senderRole() == SenderRole.MEMBER && !m.sentAt().isBefore(weekBefore) && m.sentAt().isBefore(HISTORY.start()))
                .forEach(m -> speakers.computeIfAbsent(m.groupId(), g -> new HashSet<>()).add(m.senderId()));
        List<Double> activeRates = new ArrayList<>();
        for (GroupSnapshot snapshot : snapshotsAt(HISTORY.historyStart())) {
            long members = snapshot.members().stream().filter(m -> m.role() == SenderRole.MEMBER).count();
            activeRates.add(speakers.getOrDefault(snapshot.groupId(), Set.of()).size() / (double) members);
        }
        activeRates.sort(null);

        assertThat(activeRates.get(activeRates.size() / 2)).as("median share of members who spoke in the last week").isLessThan(0.5);
    }

    @Test
    void theIncitedMassExitIsMembersUrgedToLeaveThenLeaving() {
        Incident exit = incident(HealthScript.MASS_EXIT_INCITED);
        List<PulseEvent> events = eventsOf(exit);
        List<ChatMessage> urging = events.stream().filter(ChatMessage.class::isInstance).map(ChatMessage.class::cast).toList();
        List<MembershipChange> leaves = events.stream().filter(MembershipChange.class::isInstance).map(MembershipChange.class::cast).toList();

        assertThat(urging).hasSize(2).allSatisfy(m -> assertThat(m.text()).containsAnyOf("退", "别买", "散了"));
        assertThat(leaves).hasSizeBetween(7, 9).allMatch(c -> c.change() == MembershipChangeKind.LEAVE);
        assertThat(leaves).extracting(MembershipChange::memberId).doesNotHaveDuplicates()
                .doesNotContainAnyElementsOf(urging.stream().map(ChatMessage::senderId).toList());
        assertThat(leaves.get(0).occurredAt()).isAfter(urging.get(urging.size() - 1).sentAt());
        assertThat(Duration.between(urging.get(0).sentAt(), leaves.get(leaves.size() - 1).occurredAt())).isLessThan(Duration.ofMinutes(8));
        assertThat(listedAt(exit.groups().get(0), HISTORY.historyStart())).as("they were in the group")
                .containsAll(leaves.stream().map(MembershipChange::memberId).toList());
    }

    @Test
    void theSilentMassExitHasNoWords() {
        Incident exit = incident(HealthScript.MASS_EXIT_SILENT);

        assertThat(eventsOf(exit)).hasSizeBetween(6, 7).allMatch(MembershipChange.class::isInstance);
        assertThat(Duration.between(exit.start(), exit.end())).isLessThan(Duration.ofMinutes(7));
    }

    @Test
    void backgroundLeavesNeverAddUpToAMassExit() {
        Set<String> staged = Set.of(incident(HealthScript.MASS_EXIT_INCITED).groups().get(0),
                incident(HealthScript.MASS_EXIT_SILENT).groups().get(0));
        Map<String, List<Instant>> leaves = new HashMap<>();
        history().stream().filter(MembershipChange.class::isInstance).map(MembershipChange.class::cast)
                .filter(c -> c.change() == MembershipChangeKind.LEAVE && !staged.contains(c.groupId()))
                .forEach(c -> leaves.computeIfAbsent(c.groupId(), g -> new ArrayList<>()).add(c.occurredAt()));

        leaves.forEach((group, times) -> {
            for (int i = 4; i < times.size(); i++) {
                assertThat(Duration.between(times.get(i - 4), times.get(i))).as("5 leaves in " + group).isGreaterThan(Duration.ofHours(1));
            }
        });
    }

    @Test
    void theChurnLosesMostNewcomersWithinADayButNeverFiveInAnHour() {
        Incident churn = incident(HealthScript.EARLY_EXITS);
        String group = churn.groups().get(0);
        Instant weekBefore = HISTORY.start().minus(Duration.ofDays(7));
        Map<String, Instant> joined = new HashMap<>();
        int joins = 0;
        int early = 0;
        List<Instant> leaves = new ArrayList<>();
        for (PulseEvent event : history()) {
            if (event instanceof MembershipChange c && c.groupId().equals(group) && c.occurredAt().isBefore(HISTORY.start())) {
                if (c.change() == MembershipChangeKind.JOIN) {
                    joined.put(c.memberId(), c.occurredAt());
                    joins += c.occurredAt().isAfter(weekBefore) ? 1 : 0;
                } else if (c.change() == MembershipChangeKind.LEAVE) {
                    leaves.add(c.occurredAt());
                    Instant at = joined.get(c.memberId());
                    early += at != null && at.isAfter(weekBefore) && Duration.between(at, c.occurredAt()).toHours() < 24 ? 1 : 0;
                }
            }
        }

        assertThat(joins).isGreaterThanOrEqualTo(10);
        assertThat(early).isEqualTo(churn.memberIds().size()).isGreaterThanOrEqualTo((int) Math.ceil(0.3 * joins));
        for (int i = 4; i < leaves.size(); i++) {
            assertThat(Duration.between(leaves.get(i - 4), leaves.get(i))).isGreaterThan(Duration.ofHours(1));
        }
    }

    @Test
    void theNoticeBoardIsStaffTalkingAndOneMemberNowAndThen() {
        Incident board = incident(HealthScript.BROADCAST_ONLY);
        String group = board.groups().get(0);
        Instant weekBefore = HISTORY.start().minus(Duration.ofDays(7));
        List<ChatMessage> week = history().stream().filter(ChatMessage.class::isInstance).map(ChatMessage.class::cast)
                .filter(m -> m.groupId().equals(group) && !m.sentAt().isBefore(weekBefore) && m.sentAt().isBefore(HISTORY.start()))
                .toList();
        long brand = week.stream().filter(m -> m.senderRole() != SenderRole.MEMBER).count();

        assertThat(week).hasSizeGreaterThanOrEqualTo(20);
        assertThat(brand / (double) week.size()).isGreaterThanOrEqualTo(0.9);
        assertThat(week.stream().filter(m -> m.senderRole() == SenderRole.MEMBER).map(ChatMessage::senderId).distinct())
                .containsExactlyElementsOf(board.memberIds());
    }

    @Test
    void theDormantGroupsMembersFallSilentForGood() {
        Incident dormant = incident(HealthScript.DORMANT_GROUP);
        String group = dormant.groups().get(0);
        List<ChatMessage> members = history().stream().filter(ChatMessage.class::isInstance).map(ChatMessage.class::cast)
                .filter(m -> m.groupId().equals(group) && m.senderRole() == SenderRole.MEMBER).toList();

        assertThat(members).as("they spoke on the first day").isNotEmpty()
                .allSatisfy(m -> assertThat(m.sentAt()).isBefore(dormant.start()));
        assertThat(Duration.between(members.get(members.size() - 1).sentAt(), HISTORY.start()))
                .isGreaterThan(HealthScript.DORMANT_AFTER);
        assertThat(history()).filteredOn(e -> e instanceof ChatMessage m && m.groupId().equals(group) && m.sentAt().isAfter(dormant.start()))
                .as("staff keep posting").isNotEmpty();
    }

    private static List<PulseEvent> eventsOf(Incident incident) {
        Set<String> ids = new HashSet<>(incident.eventIds());
        return history().stream().filter(e -> ids.contains(e.eventId())).toList();
    }

    private static List<GroupSnapshot> snapshotsAt(Instant at) {
        return history().stream().filter(GroupSnapshot.class::isInstance).map(GroupSnapshot.class::cast)
                .filter(s -> s.takenAt().equals(at)).toList();
    }

    private static List<String> listedAt(String group, Instant at) {
        return snapshotsAt(at).stream().filter(s -> s.groupId().equals(group)).findFirst().orElseThrow()
                .members().stream().map(SnapshotMember::memberId).toList();
    }
}
