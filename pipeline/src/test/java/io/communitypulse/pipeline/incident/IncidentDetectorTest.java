package io.communitypulse.pipeline.incident;

import static org.assertj.core.api.Assertions.assertThat;

import io.communitypulse.events.alert.Alert;
import io.communitypulse.events.alert.AlertEvidence;
import io.communitypulse.events.alert.AlertState;
import io.communitypulse.events.alert.AlertType;
import io.communitypulse.pipeline.timeline.GroupEvent;
import io.communitypulse.pipeline.timeline.Timeline;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;

/** The incident detector as the job wires it: on each brand's timeline of group alerts. */
class IncidentDetectorTest {

    private static final Instant T = Instant.parse("2026-11-23T01:00:00Z");

    @Test
    void groupsAreLinkedInEventTimeOrderWhicheverAlertArrivesFirst() throws Exception {
        try (var harness = new KeyedOneInputStreamOperatorTestHarness<String, GroupEvent, Alert>(
                new KeyedProcessOperator<>(new Timeline(List.of(new IncidentDetector(new Incidents(Duration.ofHours(2)))),
                        Duration.ofMinutes(10))), GroupEvent::brandId, Types.STRING)) {
            harness.open();
            send(harness, cascade("nc-b", "g2", T.plus(Duration.ofMinutes(30))));
            send(harness, cascade("nc-a", "g1", T));
            assertThat(harness.extractOutputValues()).isEmpty();

            harness.processWatermark(T.plus(Duration.ofMinutes(40)).toEpochMilli());

            List<Alert> linked = harness.extractOutputValues();
            assertThat(linked).extracting(Alert::alertId).containsExactly("nc-a", "nc-b");
            assertThat(linked).extracting(Alert::incidentId).containsOnly(linked.get(0).incidentId());
            assertThat(rows(harness)).last().satisfies(row -> assertThat(row.groupIds()).containsExactly("g1", "g2"));

            harness.processWatermark(T.plus(Duration.ofHours(3)).toEpochMilli());

            assertThat(rows(harness)).extracting(IncidentRow::state).containsExactly("open", "open", "ended");
            assertThat(harness.numEventTimeTimers()).isZero();
        }
    }

    private static void send(KeyedOneInputStreamOperatorTestHarness<String, GroupEvent, Alert> harness, Alert alert)
            throws Exception {
        harness.processElement(new StreamRecord<>(GroupEvent.of(alert), alert.lastSeen().toEpochMilli()));
    }

    private static List<IncidentRow> rows(KeyedOneInputStreamOperatorTestHarness<String, GroupEvent, Alert> harness) {
        return harness.getSideOutput(IncidentDetector.INCIDENTS).stream().map(StreamRecord::getValue).toList();
    }

    private static Alert cascade(String id, String group, Instant firstSeen) {
        List<AlertEvidence> evidence = List.of(new AlertEvidence(id + "-1", "过敏了", group + "-u1", firstSeen),
                new AlertEvidence(id + "-2", "我也是", group + "-u2", firstSeen.plusSeconds(60)),
                new AlertEvidence(id + "-3", "+1", group + "-u3", firstSeen.plusSeconds(120)));
        Instant last = firstSeen.plusSeconds(120);
        return new Alert(id, 1, AlertType.NEGATIVE_CASCADE.wireName(), "brand_a", group, 4, AlertState.OPEN, "product",
                "sku-1", "3 members", firstSeen, last, last, List.of(group + "-u1", group + "-u2", group + "-u3"), 3,
                evidence, List.of(), List.of(), "{}", List.of(), "");
    }
}
