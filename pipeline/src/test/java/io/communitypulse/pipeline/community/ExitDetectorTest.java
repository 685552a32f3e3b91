package io.communitypulse.pipeline.community;

import static io.communitypulse.pipeline.community.GroupEvents.days;
import static io.communitypulse.pipeline.community.GroupEvents.hours;
import static io.communitypulse.pipeline.community.GroupEvents.join;
import static io.communitypulse.pipeline.community.GroupEvents.leave;
import static io.communitypulse.pipeline.community.GroupEvents.members;
import static io.communitypulse.pipeline.community.GroupEvents.minutes;
import static io.communitypulse.pipeline.community.GroupEvents.say;
import static io.communitypulse.pipeline.community.GroupEvents.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.communitypulse.events.EventJson;
import io.communitypulse.events.alert.Alert;
import io.communitypulse.events.alert.AlertEvidence;
import io.communitypulse.events.alert.AlertState;
import io.communitypulse.events.alert.AlertType;
import io.communitypulse.pipeline.timeline.GroupEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** mass_exit and early_exits on a group's ordered stream. */
class ExitDetectorTest {

    private static final String MASS_EXIT = AlertType.MASS_EXIT.wireName();
    private static final String EARLY_EXITS = AlertType.EARLY_EXITS.wireName();

    private static HealthHarness exits() throws Exception {
        return new HealthHarness(List.of(new ExitDetector(HealthSettings.DEFAULT)));
    }

    /** A group of 300 seen for eight days, in which two members left on their own during the week. */
    private static List<GroupEvent> quietWeek() {
        return List.of(snapshot(days(-8), List.of("s1"), members("u", 300)), leave("u299", days(-5)), leave("u300", days(-2)));
    }

    private static List<GroupEvent> leaves(int first, int count, Duration start, Duration every) {
        List<GroupEvent> leaves = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            leaves.add(leave(String.format("u%03d", first + i), start.plus(every.multipliedBy(i))));
        }
        return leaves;
    }

    @Test
    void membersLeavingTogetherAfterBeingUrgedToIsAnIncitedMassExit() throws Exception {
        try (HealthHarness group = exits()) {
            group.feed(quietWeek().toArray(GroupEvent[]::new));
            group.feed(say("m1", "u001", "这个面霜用了过敏，大家都退了吧", Duration.ZERO),
                    say("m2", "u002", "别买了，我退群了", minutes(4)),
                    say("m3", "u009", "今天天气不错", minutes(6)));
            group.feed(leaves(3, 8, minutes(10), minutes(5)).toArray(GroupEvent[]::new));
            group.watermarkAt(hours(1));

            Alert alert = group.current(MASS_EXIT).values().iterator().next();
            assertThat(group.alerts()).filteredOn(a -> a.type().equals(MASS_EXIT)).extracting(Alert::revision)
                    .as("opened at the fifth leave, grown with each further one").containsExactly(1, 2, 3, 4);
            assertThat(alert.state()).isEqualTo(AlertState.GROWING);
            assertThat(alert.memberIds()).containsExactly("u003", "u004", "u005", "u006", "u007", "u008", "u009", "u010");
            assertThat(alert.evidence()).extracting(AlertEvidence::messageId).startsWith("m1", "m2").hasSize(10)
                    .doesNotContain("m3");
            assertThat(alert.summary()).contains("8 位成员", "带节奏", "“这个面霜用了过敏，大家都退了吧”", "threshold 5");
            assertThat(alert.firstSeen()).isEqualTo(io.communitypulse.pipeline.Fixtures.at(Duration.ZERO));
            assertThat(alert.severity()).isEqualTo(8);
            JsonNode details = details(alert);
            assertThat(details.get("incited").asBoolean()).isTrue();
            assertThat(details.get("urging_member_ids").toString()).isEqualTo("[\"u001\",\"u002\"]");
            assertThat(details.get("baseline_leaves_per_day").asDouble()).isEqualTo(1.0);
            assertThat(details.get("threshold").asInt()).isEqualTo(5);
            assertThat(details.get("members_before").asInt()).isEqualTo(298);

            group.feed(GroupEvents.tick(hours(2))).watermarkAt(hours(2));
            assertThat(group.current(MASS_EXIT).values()).singleElement().extracting(Alert::state).isEqualTo(AlertState.ENDED);
        }
    }

    @Test
    void aMassExitWithoutWordsIsNotIncited() throws Exception {
        try (HealthHarness group = exits()) {
            group.feed(quietWeek().toArray(GroupEvent[]::new));
            group.feed(leaves(1, 6, minutes(1), minutes(7)).toArray(GroupEvent[]::new));
            group.watermarkAt(hours(1));

            Alert alert = group.current(MASS_EXIT).values().iterator().next();
            assertThat(details(alert).get("incited").asBoolean()).isFalse();
            assertThat(alert.summary()).contains("nobody urged it in the chat");
            assertThat(alert.severity()).isEqualTo(5);
        }
    }

    @Test
    void aBusyGroupNeedsMoreLeavesThanAQuietOne() throws Exception {
        try (HealthHarness group = exits()) {
            // 20 leaves a day for a week: 10 times that rate in an hour is 9 leaves
            group.feed(snapshot(days(-8), List.of(), members("u", 500)));
            group.feed(leaves(100, 140, days(-7), Duration.ofMinutes(72)).toArray(GroupEvent[]::new));
            group.feed(leaves(1, 8, minutes(1), minutes(5)).toArray(GroupEvent[]::new));
            group.watermarkAt(hours(1));
            assertThat(group.current(MASS_EXIT)).as("8 in an hour is within 10x the normal rate").isEmpty();

            group.feed(leaves(9, 1, minutes(45), minutes(1)).toArray(GroupEvent[]::new));
            group.watermarkAt(hours(2));
            assertThat(group.current(MASS_EXIT).values()).singleElement()
                    .satisfies(alert -> assertThat(details(alert).get("threshold").asInt()).isEqualTo(9));
        }
    }

    @Test
    void newMembersLeavingWithinADayRaiseEarlyExitsUntilTheyDropOutOfTheWeek() throws Exception {
        try (HealthHarness group = exits()) {
            for (int i = 0; i < 12; i++) {
                group.feed(join(String.format("n%02d", i), hours(i)));
                if (i == 0 || i == 1 || i == 2) {
                    group.feed(leave(String.format("n%02d", i), hours(i).plusMinutes(90)));
                }
            }
            group.feed(leave("n11", hours(20)));
            group.watermarkAt(hours(21));

            List<Alert> revisions = group.alerts().stream().filter(a -> a.type().equals(EARLY_EXITS)).toList();
            assertThat(revisions).extracting(Alert::revision).containsExactly(1, 2);
            assertThat(revisions.get(0).detectedAt()).as("the tenth join makes the week's joins enough")
                    .isEqualTo(io.communitypulse.pipeline.Fixtures.at(hours(9)));
            Alert grown = revisions.get(1);
            assertThat(grown.memberIds()).containsExactly("n00", "n01", "n02", "n11");
            assertThat(grown.evidence()).extracting(AlertEvidence::text).first().asString().contains("1 h 30 min");
            JsonNode details = details(grown);
            assertThat(details.get("joins").asInt()).isEqualTo(12);
            assertThat(details.get("early_exits").asInt()).isEqualTo(4);
            assertThat(details.get("share").asDouble()).isEqualTo(0.333);
            assertThat(details.get("threshold_share").asDouble()).isEqualTo(0.3);

            group.watermarkAt(days(7).plusHours(3));
            assertThat(group.current(EARLY_EXITS).values()).as("time passes only with the job's clock")
                    .singleElement().extracting(Alert::state).isEqualTo(AlertState.GROWING);

            group.feed(GroupEvents.tick(days(7).plusHours(3))).watermarkAt(days(7).plusHours(3));
            assertThat(group.current(EARLY_EXITS).values()).singleElement().extracting(Alert::state).isEqualTo(AlertState.ENDED);
        }
    }

    @Test
    void aLateLeaveGivesTheAlertsOfInOrderDelivery() throws Exception {
        List<GroupEvent> burst = new ArrayList<>(quietWeek());
        burst.add(say("m1", "u001", "大家散了吧", Duration.ZERO));
        burst.addAll(leaves(3, 6, minutes(2), minutes(3)));
        Map<String, Alert> inOrder;
        try (HealthHarness group = exits()) {
            group.feed(burst.toArray(GroupEvent[]::new));
            group.watermarkAt(hours(3));
            inOrder = group.current(MASS_EXIT);
        }
        try (HealthHarness group = exits()) {
            GroupEvent third = burst.remove(burst.size() - 4);
            group.feed(burst.toArray(GroupEvent[]::new));
            group.watermarkAt(minutes(20));
            group.feed(third);
            group.watermarkAt(hours(3));

            assertThat(group.current(MASS_EXIT)).isEqualTo(inOrder).hasSize(1);
        }
    }

    private static JsonNode details(Alert alert) {
        try {
            return EventJson.mapper().readTree(alert.details());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
