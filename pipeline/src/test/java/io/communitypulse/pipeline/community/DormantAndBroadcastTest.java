package io.communitypulse.pipeline.community;

import static io.communitypulse.pipeline.community.GroupEvents.days;
import static io.communitypulse.pipeline.community.GroupEvents.hours;
import static io.communitypulse.pipeline.community.GroupEvents.leave;
import static io.communitypulse.pipeline.community.GroupEvents.members;
import static io.communitypulse.pipeline.community.GroupEvents.say;
import static io.communitypulse.pipeline.community.GroupEvents.snapshot;
import static io.communitypulse.pipeline.community.GroupEvents.staff;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.communitypulse.events.EventJson;
import io.communitypulse.events.alert.Alert;
import io.communitypulse.events.alert.AlertEvidence;
import io.communitypulse.events.alert.AlertState;
import io.communitypulse.events.alert.AlertType;
import io.communitypulse.pipeline.Fixtures;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The dormant clock, notice boards, and what the group's state keeps as time passes. */
class DormantAndBroadcastTest {

    private static final String DORMANT = AlertType.DORMANT_GROUP.wireName();
    private static final String BROADCAST = AlertType.BROADCAST_ONLY.wireName();

    @Test
    void aSilentGroupTurnsDormantOnTheJobsClockAndRevivesWhenAMemberSpeaks() throws Exception {
        try (HealthHarness group = new HealthHarness(HealthSettings.DEFAULT)) {
            group.feed(snapshot(Duration.ZERO, List.of("s1"), members("u", 30)), say("m1", "u001", "明天见", hours(1)));
            // nothing more from the group: only the job's clock reaches it
            group.tickHourly(hours(2), days(15).plusHours(2));

            assertThat(group.current(DORMANT).values()).singleElement().satisfies(alert -> {
                assertThat(alert.state()).isEqualTo(AlertState.OPEN);
                assertThat(alert.firstSeen()).isEqualTo(Fixtures.at(hours(1)));
                assertThat(alert.detectedAt()).as("14 days after the last member message").isEqualTo(Fixtures.at(days(14).plusHours(1)));
                assertThat(alert.evidence()).extracting(AlertEvidence::messageId).containsExactly("m1");
                assertThat(alert.summary()).contains("14 天没有成员发言", "30 members", "threshold 14 days");
                JsonNode details = json(alert.details());
                assertThat(details.get("members").asInt()).isEqualTo(30);
                assertThat(details.get("dormant_after_days").asInt()).isEqualTo(14);
            });
            assertThat(group.alerts()).filteredOn(a -> a.type().equals(DORMANT)).hasSize(1);

            group.feed(say("m2", "u007", "还有人吗", days(15).plusHours(3)));
            group.tickHourly(days(15).plusHours(4), days(15).plusHours(5));

            Alert revived = group.current(DORMANT).values().iterator().next();
            assertThat(revived.state()).isEqualTo(AlertState.ENDED);
            assertThat(revived.revision()).isEqualTo(2);
            assertThat(revived.evidence()).extracting(AlertEvidence::messageId).containsExactly("m1", "m2");
            assertThat(json(revived.details()).get("revived_at").asText()).isEqualTo(Fixtures.at(days(15).plusHours(3)).toString());
        }
    }

    @Test
    void aGroupNoMemberEverSpokeInIsSilentSinceThePipelineFirstSawIt() throws Exception {
        try (HealthHarness group = new HealthHarness(HealthSettings.DEFAULT)) {
            group.feed(snapshot(Duration.ZERO, List.of("s1"), members("u", 5)));
            group.tickHourly(hours(1), days(14).plusHours(1));

            assertThat(group.current(DORMANT).values()).singleElement().satisfies(alert -> {
                assertThat(alert.detectedAt()).isEqualTo(Fixtures.at(days(14)));
                assertThat(alert.evidence()).isEmpty();
                assertThat(alert.summary()).contains("no member has spoken since the pipeline first saw it");
            });
        }
    }

    @Test
    void withoutTheJobsClockNothingTellsASilentGroupThatDaysPass() throws Exception {
        try (HealthHarness group = new HealthHarness(HealthSettings.DEFAULT)) {
            group.feed(snapshot(Duration.ZERO, List.of("s1"), members("u", 5)));
            group.watermarkAt(days(20));

            assertThat(group.current(DORMANT)).isEmpty();
            assertThat(group.timers()).as("nothing left to wake up for").isZero();
        }
    }

    @Test
    void aGroupWhereAlmostOnlyStaffSpeaksIsANoticeBoard() throws Exception {
        try (HealthHarness group = new HealthHarness(HealthSettings.DEFAULT)) {
            noticeBoard(group, 9);
            group.feed(say("m1", "u001", "收到", days(2).plusHours(2)));
            group.tickHourly(hours(1), days(9).plusHours(1));

            assertThat(group.current(BROADCAST).values()).singleElement().satisfies(alert -> {
                assertThat(alert.state()).isEqualTo(AlertState.OPEN);
                assertThat(alert.memberIds()).containsExactly("u001");
                assertThat(alert.evidence()).hasSize(7).first().extracting(AlertEvidence::messageId).isEqualTo("day:2026-11-24");
                JsonNode details = json(alert.details());
                assertThat(details.get("messages").asInt()).isEqualTo(36);
                assertThat(details.get("staff_share").asDouble()).isEqualTo(0.972);
                assertThat(details.get("typical_staff_share").asDouble()).isEqualTo(0.7);
                assertThat(alert.detectedAt()).as("the end of the seventh whole day seen").isEqualTo(Fixtures.at(days(7).plusHours(15)));
            });

            // it ends once the group clearly talks again: more than twice the speakers a notice board allows
            for (int i = 0; i < 7; i++) {
                group.feed(say("talk" + i, "u0" + (10 + i), "大家好", days(9).plusHours(2).plusMinutes(i)));
            }
            group.tickHourly(days(9).plusHours(2), days(10).plusHours(1));

            assertThat(group.current(BROADCAST).values()).singleElement().extracting(Alert::state).isEqualTo(AlertState.ENDED);
        }
    }

    @Test
    void aNoticeBoardWhereOneMoreMemberSpeaksStaysOneAlert() throws Exception {
        try (HealthHarness group = new HealthHarness(HealthSettings.DEFAULT)) {
            noticeBoard(group, 12);
            group.tickHourly(hours(1), days(8).plusHours(1));
            assertThat(group.current(BROADCAST).values()).singleElement().extracting(Alert::state).isEqualTo(AlertState.OPEN);

            // four members speak on day 8: one more than a notice board allows, far from a group that talks
            for (int i = 0; i < 4; i++) {
                group.feed(say("hi" + i, "u0" + (10 + i), "收到", days(8).plusHours(2).plusMinutes(i)));
            }
            group.tickHourly(days(8).plusHours(2), days(12).plusHours(1));

            assertThat(group.current(BROADCAST).values()).singleElement().satisfies(alert -> {
                assertThat(alert.state()).isEqualTo(AlertState.OPEN);
                assertThat(alert.revision()).isEqualTo(1);
            });
        }
    }

    /** A group of 40 members where staff post five times a day, for the given days. */
    private static void noticeBoard(HealthHarness group, int days) throws Exception {
        group.feed(snapshot(Duration.ZERO, List.of("s1"), members("u", 40)));
        for (int day = 0; day < days; day++) {
            for (int post = 0; post < 5; post++) {
                group.feed(staff("d" + day + "p" + post, "s1", days(day).plusHours(1 + post)));
            }
        }
    }

    @Test
    void membersGoneForGoodAreForgottenAndTheRosterStateEmpties() throws Exception {
        try (HealthHarness group = new HealthHarness(List.of(new GroupHealthDetector(HealthSettings.DEFAULT, HealthHarness.LATENESS)))) {
            group.feed(snapshot(Duration.ZERO, List.of(), List.of("u001", "u002")),
                    leave("u001", hours(1)), leave("u002", hours(2)));
            group.tickHourly(hours(3), days(9));
            group.watermarkAt(days(10));

            assertThat(group.members().values()).extracting(GroupMemberRow::inGroup).containsOnly(false);
            assertThat(group.stateEntries()).as("keyed state of the group").isZero();
            assertThat(group.timers()).isZero();
        }
    }

    @Test
    void aGroupWithoutEventsForTheForgetPeriodIsDropped() throws Exception {
        HealthTiming timing = HealthTiming.DEFAULT;
        HealthSettings settings = new HealthSettings(true, HealthSettings.CHINA, java.util.Map.of(), Duration.ofDays(14),
                MassExitRule.DEFAULT, EarlyExitRule.DEFAULT, BroadcastRule.DEFAULT, new HealthTiming(timing.flushInterval(),
                        timing.replyHorizon(), timing.memberRetention(), Duration.ofDays(3), timing.tickInterval()));
        try (HealthHarness group = new HealthHarness(settings)) {
            group.feed(snapshot(Duration.ZERO, List.of("s1"), members("u", 10)));
            group.tickHourly(hours(1), days(3).plusHours(1));
            group.watermarkAt(days(4));

            assertThat(group.stateEntries()).isZero();
            assertThat(group.timers()).isZero();
            assertThat(group.days()).as("its rows stay").isNotEmpty();
        }
    }

    private static JsonNode json(String details) throws Exception {
        return EventJson.mapper().readTree(details);
    }
}
