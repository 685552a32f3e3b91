package io.communitypulse.pipeline.timeline;

import static io.communitypulse.pipeline.Fixtures.complaint;
import static io.communitypulse.pipeline.Fixtures.minutes;
import static org.assertj.core.api.Assertions.assertThat;

import io.communitypulse.events.alert.Alert;
import io.communitypulse.events.alert.AlertEvidence;
import io.communitypulse.events.alert.AlertState;
import io.communitypulse.pipeline.cascade.CascadeAlerts;
import io.communitypulse.pipeline.cascade.CascadeDetector;
import io.communitypulse.pipeline.cascade.CascadeRule;
import io.communitypulse.sentiment.ProductCatalogue;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.junit.jupiter.api.Test;

/** The per-group ordered stream: order, late events within the lateness, and what it keeps. */
class TimelineTest {

    private static CascadeDetector cascade() {
        return new CascadeDetector(CascadeRule.DEFAULT, new CascadeAlerts(ProductCatalogue.empty(), CascadeRule.DEFAULT));
    }

    @Test
    void aLateComplaintWithinTheLatenessGivesTheAlertsOfInOrderDelivery() throws Exception {
        Map<String, Alert> inOrder;
        try (TimelineHarness timeline = new TimelineHarness(List.of(cascade()))) {
            timeline.feed(complaint("m1", "u1", "sku-1", "quality", minutes(0)),
                    complaint("m2", "u2", "sku-1", "quality", minutes(1)),
                    complaint("m3", "u3", "sku-1", "quality", minutes(2)),
                    complaint("m4", "u4", "sku-1", "quality", minutes(3)));
            timeline.watermarkAt(minutes(5));
            inOrder = current(timeline.alerts());
        }

        try (TimelineHarness timeline = new TimelineHarness(List.of(cascade()))) {
            // m3 is delivered after the watermark has passed m4: the alert first fired without it
            timeline.feed(complaint("m1", "u1", "sku-1", "quality", minutes(0)),
                    complaint("m2", "u2", "sku-1", "quality", minutes(1)),
                    complaint("m4", "u4", "sku-1", "quality", minutes(3)));
            timeline.watermarkAt(minutes(5));
            assertThat(timeline.alerts()).singleElement().extracting(Alert::distinctMembers).isEqualTo(3);

            timeline.feed(complaint("m3", "u3", "sku-1", "quality", minutes(2)));

            Map<String, Alert> late = current(timeline.alerts());
            assertThat(late).isEqualTo(inOrder);
            assertThat(late.values()).singleElement().satisfies(alert -> {
                assertThat(alert.evidence()).extracting(AlertEvidence::messageId).containsExactly("m1", "m2", "m3", "m4");
                assertThat(alert.detectedAt()).isEqualTo(io.communitypulse.pipeline.Fixtures.at(minutes(2)));
            });
        }
    }

    @Test
    void anAlertThatALateFirstComplaintRedrawsIsSupersededByItsReplacement() throws Exception {
        try (TimelineHarness timeline = new TimelineHarness(List.of(cascade()))) {
            timeline.feed(complaint("m2", "u2", "sku-1", "quality", minutes(1)),
                    complaint("m3", "u3", "sku-1", "quality", minutes(2)),
                    complaint("m4", "u4", "sku-1", "quality", minutes(3)));
            timeline.watermarkAt(minutes(5));
            String first = timeline.alerts().get(0).alertId();

            timeline.feed(complaint("m1", "u1", "sku-1", "quality", minutes(0)));

            Map<String, Alert> current = current(timeline.alerts());
            assertThat(current).hasSize(2);
            Alert superseded = current.get(first);
            assertThat(superseded.state()).isEqualTo(AlertState.SUPERSEDED);
            assertThat(superseded.revision()).isEqualTo(2);
            String replacement = superseded.relatedAlertIds().get(0);
            assertThat(current.get(replacement).evidence()).extracting(AlertEvidence::messageId)
                    .containsExactly("m1", "m2", "m3", "m4");
        }
    }

    @Test
    void aReplayingDetectorRecountsAndAnInArrivalOrderOneCountsOn() throws Exception {
        for (Detector.LatePolicy policy : Detector.LatePolicy.values()) {
            try (TimelineHarness timeline = new TimelineHarness(List.of(new MessageCounter(policy)))) {
                timeline.feed(complaint("m1", "u1", "sku-1", "quality", minutes(0)),
                        complaint("m3", "u3", "sku-1", "quality", minutes(2)));
                timeline.watermarkAt(minutes(3));

                timeline.feed(complaint("m2", "u2", "sku-1", "quality", minutes(1)));

                List<String> rows = timeline.harness().getSideOutput(MessageCounter.ROWS).stream()
                        .map(StreamRecord::getValue).toList();
                if (policy == Detector.LatePolicy.REPLAY) {
                    assertThat(rows).containsExactly("m1 #1", "m3 #2", "m1 #1", "m2 #2", "m3 #3");
                } else {
                    assertThat(rows).containsExactly("m1 #1", "m3 #2", "m2 #3");
                }
            }
        }
    }

    @Test
    void anEventOlderThanTheLatenessIsCountedAsItComesWithoutReplay() throws Exception {
        try (TimelineHarness timeline = new TimelineHarness(List.of(new MessageCounter(Detector.LatePolicy.REPLAY)))) {
            timeline.feed(complaint("m1", "u1", "sku-1", "quality", minutes(0)),
                    complaint("m3", "u3", "sku-1", "quality", minutes(2)));
            timeline.watermarkAt(minutes(20));

            timeline.feed(complaint("m2", "u2", "sku-1", "quality", minutes(1)));

            assertThat(timeline.harness().getSideOutput(MessageCounter.ROWS)).extracting(StreamRecord::getValue)
                    .containsExactly("m1 #1", "m3 #2", "m2 #3");
        }
    }

    /** The highest revision of each alert, as the alerts table keeps it. */
    private static Map<String, Alert> current(List<Alert> alerts) {
        Map<String, Alert> current = new LinkedHashMap<>();
        alerts.stream().sorted(Comparator.comparingInt(Alert::revision))
                .forEach(alert -> current.put(alert.alertId(), alert));
        return current;
    }
}
