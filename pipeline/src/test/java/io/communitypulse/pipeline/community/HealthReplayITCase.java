package io.communitypulse.pipeline.community;

import static org.assertj.core.api.Assertions.assertThat;

import io.communitypulse.pipeline.JobSettings;
import io.communitypulse.pipeline.PulseJob;
import io.communitypulse.simulator.HealthScenarios;
import io.communitypulse.simulator.Incident;
import io.communitypulse.simulator.JsonlOutput;
import io.communitypulse.simulator.Simulation;
import io.communitypulse.simulator.SimulatorConfig;
import io.communitypulse.simulator.TimedRecord;
import io.communitypulse.testing.ClickHouseExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sixteen simulated days of 24 groups and fifteen live minutes, with late, duplicate and malformed
 * records, replayed by the whole job (MiniCluster, parallelism 2) into the real ClickHouse: every
 * group's every day has exactly the figures {@link HealthRecount} works out from the raw file, each
 * staged health incident raises its alert, and a second replay writes the same rows.
 */
class HealthReplayITCase {

    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

    @RegisterExtension
    static final ClickHouseExtension CLICKHOUSE = new ClickHouseExtension();

    static final SimulatorConfig CONFIG = SimulatorConfig.defaults().withGroups(24).withRate(5).withBadRate(0.005)
            .withHealth(HealthScenarios.DEFAULT.withHistory(Duration.ofDays(16), 0.01));

    private static final String BAD_SNAPSHOTS = "bad_snapshots.jsonl";
    /** Snapshots a producer got wrong: no time, an unknown role, a member listed twice, not JSON. */
    private static final List<String> BAD_SNAPSHOT_LINES = List.of(
            "{\"type\":\"group_snapshot\",\"event_id\":\"bad-snap-1\",\"brand_id\":\"yunshui\",\"group_id\":\"g-x\",\"members\":[]}",
            "{\"type\":\"group_snapshot\",\"event_id\":\"bad-snap-2\",\"brand_id\":\"yunshui\",\"group_id\":\"g-x\","
                    + "\"taken_at\":\"2026-11-23T01:00:00Z\",\"members\":[{\"member_id\":\"u1\",\"role\":\"owner\"}]}",
            "{\"type\":\"group_snapshot\",\"event_id\":\"bad-snap-3\",\"brand_id\":\"yunshui\",\"group_id\":\"g-x\","
                    + "\"taken_at\":\"2026-11-23T01:00:00Z\",\"members\":[{\"member_id\":\"u1\",\"role\":\"member\"},"
                    + "{\"member_id\":\"u1\",\"role\":\"member\"}]}",
            "{\"type\":\"group_snapshot\",\"event_id\":\"bad-snap-4\",\"brand_id\":\"yunshui\",\"members\":[");

    @TempDir
    static Path runDir;
    private static Simulation simulation;
    private static HealthRecount recount;

    @BeforeAll
    static void replayWeeksOfHistory() throws Exception {
        simulation = Simulation.create(CONFIG);
        JsonlOutput.write(simulation, runDir);
        Files.writeString(runDir.resolve(BAD_SNAPSHOTS), String.join("\n", BAD_SNAPSHOT_LINES) + "\n");
        List<String> valid = simulation.stream().filter(TimedRecord.Event.class::isInstance).map(TimedRecord::line).toList();
        recount = new HealthRecount(valid, HealthSettings.CHINA);

        replay(CLICKHOUSE.jdbcUrl());
    }

    static void replay(String jdbcUrl) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(2);
        PulseJob.wire(env, JobSettings.defaults(jdbcUrl, null, List.of(runDir.resolve(JsonlOutput.EVENTS).toString(),
                        runDir.resolve(BAD_SNAPSHOTS).toString()))
                .withCatalogue(runDir.resolve(JsonlOutput.CATALOGUE).toString()));
        env.execute("health-replay-test");
    }

    @Test
    void everyGroupsEveryDayHasTheFiguresRecountedFromTheRawFile() throws Exception {
        Map<String, List<Long>> expected = recount.expectedRows();
        Map<String, List<Long>> written = new LinkedHashMap<>();
        for (List<String> row : CLICKHOUSE.rows("SELECT brand_id, group_id, toString(day), " + HealthRecount.COLUMNS
                + " FROM group_health ORDER BY brand_id, group_id, day")) {
            written.put(row.get(0) + "|" + row.get(1) + "|" + row.get(2), row.subList(3, row.size()).stream().map(Long::parseLong).toList());
        }

        assertThat(expected).hasSizeGreaterThan(24 * 16);
        assertThat(written.keySet()).containsExactlyElementsOf(expected.keySet());
        List<String> differences = new ArrayList<>();
        expected.forEach((day, row) -> {
            if (!row.equals(written.get(day))) {
                differences.add(day + "\n  expected " + row + "\n  written  " + written.get(day));
            }
        });
        assertThat(differences).as("columns: " + HealthRecount.COLUMNS).isEmpty();
        assertThat(CLICKHOUSE.count("SELECT sum(member_replies) FROM group_health")).isPositive();
        assertThat(CLICKHOUSE.count("SELECT sum(early_exits) FROM group_health")).isPositive();
    }

    @Test
    void theRatesAreTheirColumnsDivided() throws Exception {
        assertThat(CLICKHOUSE.rows("""
                SELECT group_id, day FROM group_health
                WHERE abs(exit_rate - if(members_at_start = 0, 0, (leaves + removals) / members_at_start)) > 1e-9
                   OR abs(active_rate - if(members = 0, 0, active_members_7d / members)) > 1e-9
                   OR abs(staff_share - if(member_messages + staff_messages + bot_messages = 0, 0,
                          (staff_messages + bot_messages) / (member_messages + staff_messages + bot_messages))) > 1e-9
                   OR net_growth != toInt64(joins) - leaves - removals
                """)).isEmpty();
    }

    @Test
    void eachStagedMassExitRaisesOneAlertIncitedOrNot() throws Exception {
        Incident incited = staged("mass_exit_incited");
        Incident silent = staged("mass_exit_silent");
        List<List<String>> alerts = CLICKHOUSE.rows("SELECT group_id, JSONExtractBool(details, 'incited'), member_ids,"
                + " evidence_message_ids, state FROM alerts_current WHERE alert_type = 'mass_exit' ORDER BY group_id");

        assertThat(alerts).extracting(row -> row.get(0)).containsExactlyInAnyOrder(incited.groups().get(0), silent.groups().get(0));
        for (List<String> alert : alerts) {
            Incident truth = alert.get(0).equals(incited.groups().get(0)) ? incited : silent;
            assertThat(alert.get(1)).isEqualTo(truth == incited ? "1" : "0");
            assertThat(alert.get(2)).isEqualTo(quotedList(truth.memberIds()));
            assertThat(alert.get(3)).isEqualTo(quotedList(truth.eventIds()));
            assertThat(alert.get(4)).as("the file ends within the hour: still open").isEqualTo("growing");
        }
    }

    @Test
    void theChurnRaisesEarlyExitsNamingEveryNewcomerWhoLeft() throws Exception {
        Incident churn = staged("early_exits");
        List<List<String>> alerts = CLICKHOUSE.rows("SELECT group_id, member_ids, state FROM alerts_current"
                + " WHERE alert_type = 'early_exits'");

        assertThat(alerts).containsExactly(List.of(churn.groups().get(0), quotedList(churn.memberIds()), "growing"));
    }

    @Test
    void theDormantGroupIsFoundFourteenDaysAfterItsLastMemberMessage() throws Exception {
        Incident dormant = staged("dormant_group");
        String key = dormant.brandId() + "|" + dormant.groups().get(0);
        long lastMemberMessage = recount.events(key).stream()
                .filter(e -> e.type().equals("chat_message") && e.text("sender_role").equals("member"))
                .mapToLong(HealthRecount.Event::at).max().orElseThrow();

        assertThat(CLICKHOUSE.rows("SELECT toUnixTimestamp64Milli(first_seen), toUnixTimestamp64Milli(detected_at), state"
                + " FROM alerts_current WHERE alert_type = 'dormant_group' AND group_id = '" + dormant.groups().get(0) + "'"))
                .containsExactly(List.of(String.valueOf(lastMemberMessage),
                        String.valueOf(lastMemberMessage + Duration.ofDays(14).toMillis()), "open"));
    }

    @Test
    void everyDormantAlertIsFourteenSilentDaysInTheRawFile() throws Exception {
        for (List<String> alert : CLICKHOUSE.rows("SELECT brand_id, group_id, toUnixTimestamp64Milli(first_seen),"
                + " toUnixTimestamp64Milli(detected_at) FROM alerts_current WHERE alert_type = 'dormant_group'")) {
            long silentSince = Long.parseLong(alert.get(2));
            long detected = Long.parseLong(alert.get(3));
            assertThat(detected - silentSince).isEqualTo(Duration.ofDays(14).toMillis());
            assertThat(recount.events(alert.get(0) + "|" + alert.get(1))).as("member messages of %s while silent", alert.get(1))
                    .noneMatch(e -> e.type().equals("chat_message") && e.text("sender_role").equals("member")
                            && e.at() > silentSince && e.at() <= detected);
        }
    }

    @Test
    void theNoticeBoardIsFoundAndEveryBroadcastAlertHoldsInTheRawFile() throws Exception {
        Incident board = staged("broadcast_only");
        List<List<String>> alerts = CLICKHOUSE.rows("SELECT brand_id, group_id, toUnixTimestamp64Milli(first_seen),"
                + " toUnixTimestamp64Milli(detected_at) FROM alert_revisions FINAL WHERE alert_type = 'broadcast_only'"
                + " AND revision = 1");

        assertThat(alerts).extracting(row -> row.get(1)).contains(board.groups().get(0));
        for (List<String> alert : alerts) {
            long from = Long.parseLong(alert.get(2));
            long until = Long.parseLong(alert.get(3));
            List<HealthRecount.Event> week = recount.events(alert.get(0) + "|" + alert.get(1)).stream()
                    .filter(e -> e.type().equals("chat_message") && e.at() >= from && e.at() < until).toList();
            long brandVoice = week.stream().filter(e -> !e.text("sender_role").equals("member")).count();
            assertThat(until - from).isEqualTo(Duration.ofDays(7).toMillis());
            assertThat(week.size()).isGreaterThanOrEqualTo(20);
            assertThat(brandVoice / (double) week.size()).isGreaterThanOrEqualTo(0.9);
        }
    }

    @Test
    void badSnapshotsAreDeadLetteredWithTheirReason() throws Exception {
        assertThat(CLICKHOUSE.rows("SELECT reason, detail FROM dead_letters FINAL WHERE raw_record LIKE '%bad-snap-%'"
                + " ORDER BY raw_record")).containsExactly(
                List.of("missing_field", "taken_at is required"),
                List.of("bad_value", "members[0].role must be one of member, staff, bot, got 'owner'"),
                List.of("bad_value", "members[1].member_id 'u1' is listed twice, first at members[0]"),
                List.of("malformed_json", "the record ends inside its JSON object (cut off?)"));
        assertThat(CLICKHOUSE.count("SELECT count() FROM group_snapshots FINAL WHERE event_id LIKE 'bad-snap-%'")).isZero();
    }

    @Test
    void replayingAgainWritesTheSameRosterAndHealthRowsAndAlerts() throws Exception {
        String again = CLICKHOUSE.migratedDatabase("health_again");
        replay(again);

        for (String table : List.of("group_health_daily", "group_members", "group_snapshots", "alerts")) {
            String rows = "SELECT * FROM %s.%s FINAL ORDER BY ALL";
            List<List<String>> first = CLICKHOUSE.rows(rows.formatted(CLICKHOUSE.database(), table));
            assertThat(first).as(table).isNotEmpty();
            assertThat(CLICKHOUSE.rows(rows.formatted("health_again", table))).as(table).containsExactlyElementsOf(first);
        }
    }

    private static Incident staged(String kind) {
        return simulation.healthIncidents().stream().filter(i -> i.kind().equals(kind)).findFirst().orElseThrow();
    }

    private static String quotedList(List<String> values) {
        return "[" + String.join(", ", values.stream().map(v -> "'" + v + "'").toList()) + "]";
    }
}
