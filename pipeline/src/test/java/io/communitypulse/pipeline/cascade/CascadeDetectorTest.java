package io.communitypulse.pipeline.cascade;

import static io.communitypulse.pipeline.Fixtures.complaint;
import static io.communitypulse.pipeline.Fixtures.minutes;
import static org.assertj.core.api.Assertions.assertThat;

import io.communitypulse.events.alert.Alert;
import io.communitypulse.events.alert.AlertEvidence;
import io.communitypulse.events.alert.AlertState;
import io.communitypulse.events.alert.AlertType;
import io.communitypulse.pipeline.Fixtures;
import io.communitypulse.pipeline.timeline.TimelineHarness;
import io.communitypulse.sentiment.ProductCatalogue;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The cascade detector as the job wires it: on a group's ordered stream (the timeline), in Flink's test harness. */
class CascadeDetectorTest {

    private static final ProductCatalogue CATALOGUE = ProductCatalogue.of(Map.of("brand_a",
            List.of(new ProductCatalogue.Product("sku-1", "水光面霜", List.of("面霜")))));
    private TimelineHarness timeline;

    @BeforeEach
    void open() throws Exception {
        timeline = new TimelineHarness(List.of(
                new CascadeDetector(CascadeRule.DEFAULT, new CascadeAlerts(CATALOGUE, CascadeRule.DEFAULT))));
    }

    @AfterEach
    void close() throws Exception {
        timeline.close();
    }

    @Test
    void shouldNotAlertWithoutWatermark() throws Exception {
        timeline.feed(complaint("m1", "u1", "sku-1", "allergy_safety", minutes(0)),
                complaint("m2", "u2", "sku-1", "allergy_safety", minutes(1)),
                complaint("m3", "u3", "sku-1", "allergy_safety", minutes(2)));

        assertThat(timeline.alerts()).isEmpty();
    }

    @Test
    void shouldAlertOnceOutOfOrderComplaintsAreInOrder() throws Exception {
        timeline.feed(complaint("m3", "u3", "sku-1", "allergy_safety", minutes(2)),
                complaint("m1", "u1", "sku-1", "allergy_safety", minutes(0)),
                complaint("m2", "u2", "sku-1", "allergy_safety", minutes(1)));

        timeline.watermarkAt(minutes(3));

        assertThat(timeline.alerts()).singleElement().satisfies(alert -> {
            assertThat(alert.type()).isEqualTo(AlertType.NEGATIVE_CASCADE.wireName());
            assertThat(alert.alertId()).matches("nc-[0-9a-f]{20}");
            assertThat(alert.state()).isEqualTo(AlertState.OPEN);
            assertThat(alert.memberIds()).containsExactly("u1", "u2", "u3");
            assertThat(alert.evidence()).extracting(AlertEvidence::messageId).containsExactly("m1", "m2", "m3");
            assertThat(alert.evidence()).extracting(AlertEvidence::senderId).containsExactly("u1", "u2", "u3");
            assertThat(alert.detectedAt()).isEqualTo(Fixtures.at(minutes(2)));
            assertThat(alert.summary()).contains("水光面霜").contains("3 members");
            assertThat(alert.details()).contains("\"subject_name\":\"水光面霜\"");
            // cues are whole words or phrases, as the complaint judge found them
            assertThat(alert.cues()).contains("过敏了");
        });
    }

    @Test
    void shouldUpdateTheAlertUnderTheSameIdAsItGrows() throws Exception {
        timeline.feed(complaint("m1", "u1", "sku-1", "quality", minutes(0)),
                complaint("m2", "u2", "sku-1", "quality", minutes(1)),
                complaint("m3", "u3", "sku-1", "quality", minutes(2)),
                complaint("m4", "u4", "sku-1", "quality", minutes(3)));

        timeline.watermarkAt(minutes(4));

        List<Alert> alerts = timeline.alerts();
        assertThat(alerts).extracting(Alert::revision).containsExactly(1, 2);
        assertThat(alerts).extracting(Alert::state).containsExactly(AlertState.OPEN, AlertState.GROWING);
        assertThat(alerts).extracting(Alert::alertId).containsOnly(alerts.get(0).alertId());
        assertThat(alerts.get(1).distinctMembers()).isEqualTo(4);
        // the moment the rule first fired stays with the alert as it grows
        assertThat(alerts.get(1).detectedAt()).isEqualTo(Fixtures.at(minutes(2)));
    }

    @Test
    void shouldClearStateAndTimersOnceTheWindowAndTheLatenessHavePassed() throws Exception {
        timeline.feed(complaint("m1", "u1", "sku-1", "quality", minutes(0)),
                complaint("m2", "u2", "sku-1", "quality", minutes(1)),
                complaint("m3", "u3", "sku-1", "quality", minutes(2)));
        timeline.watermarkAt(minutes(3));

        // the conversation the complaint judge reads is kept for 30 minutes after the last line
        timeline.watermarkAt(minutes(45));

        assertThat(timeline.stateEntries()).isZero();
        assertThat(timeline.timers()).isZero();
    }
}
