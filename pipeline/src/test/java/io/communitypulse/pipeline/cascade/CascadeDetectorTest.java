package io.communitypulse.pipeline.cascade;

import static io.communitypulse.pipeline.Fixtures.complaint;
import static io.communitypulse.pipeline.Fixtures.minutes;
import static org.assertj.core.api.Assertions.assertThat;

import io.communitypulse.pipeline.alerts.Alert;
import io.communitypulse.pipeline.enrich.EnrichedMessage;
import io.communitypulse.sentiment.ProductCatalogue;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CascadeDetectorTest {

    private static final ProductCatalogue CATALOGUE = ProductCatalogue.of(Map.of("brand_a",
            List.of(new ProductCatalogue.Product("sku-1", "水光面霜", List.of("面霜")))));
    private KeyedOneInputStreamOperatorTestHarness<String, EnrichedMessage, Alert> harness;

    @BeforeEach
    void open() throws Exception {
        harness = new KeyedOneInputStreamOperatorTestHarness<>(
                new KeyedProcessOperator<>(new CascadeDetector(CascadeRule.DEFAULT, new CascadeAlerts(CATALOGUE))),
                message -> message.message().brandId() + "|" + message.message().groupId(), Types.STRING);
        harness.open();
    }

    @AfterEach
    void close() throws Exception {
        harness.close();
    }

    @Test
    void shouldNotAlertWithoutWatermark() throws Exception {
        feed(complaint("m1", "u1", "sku-1", "allergy_safety", minutes(0)), complaint("m2", "u2", "sku-1", "allergy_safety", minutes(1)),
                complaint("m3", "u3", "sku-1", "allergy_safety", minutes(2)));

        assertThat(harness.extractOutputValues()).isEmpty();
    }

    @Test
    void shouldAlertOnceOutOfOrderComplaintsAreInOrder() throws Exception {
        feed(complaint("m3", "u3", "sku-1", "allergy_safety", minutes(2)), complaint("m1", "u1", "sku-1", "allergy_safety", minutes(0)),
                complaint("m2", "u2", "sku-1", "allergy_safety", minutes(1)));

        harness.processWatermark(at(minutes(3)));

        assertThat(harness.extractOutputValues()).singleElement().satisfies(alert -> {
            assertThat(alert.alertType()).isEqualTo(Alert.NEGATIVE_CASCADE);
            assertThat(alert.distinctMembers()).isEqualTo(3);
            assertThat(alert.evidenceMessageIds()).containsExactly("m1", "m2", "m3");
            assertThat(alert.summary()).contains("水光面霜").contains("3 members");
            assertThat(alert.cues()).contains("过敏");
        });
    }

    @Test
    void shouldUpdateTheAlertUnderTheSameIdAsItGrows() throws Exception {
        feed(complaint("m1", "u1", "sku-1", "quality", minutes(0)), complaint("m2", "u2", "sku-1", "quality", minutes(1)),
                complaint("m3", "u3", "sku-1", "quality", minutes(2)), complaint("m4", "u4", "sku-1", "quality", minutes(3)));

        harness.processWatermark(at(minutes(4)));

        List<Alert> alerts = harness.extractOutputValues();
        assertThat(alerts).extracting(Alert::revision).containsExactly(1, 2);
        assertThat(alerts).extracting(Alert::alertId).containsOnly(alerts.get(0).alertId());
        assertThat(alerts.get(1).distinctMembers()).isEqualTo(4);
    }

    @Test
    void shouldClearStateAndTimersOnceTheWindowHasPassed() throws Exception {
        feed(complaint("m1", "u1", "sku-1", "quality", minutes(0)), complaint("m2", "u2", "sku-1", "quality", minutes(1)),
                complaint("m3", "u3", "sku-1", "quality", minutes(2)));
        harness.processWatermark(at(minutes(3)));

        harness.processWatermark(at(minutes(30)));

        assertThat(harness.numKeyedStateEntries()).isZero();
        assertThat(harness.numEventTimeTimers()).isZero();
    }

    private void feed(EnrichedMessage... messages) throws Exception {
        for (EnrichedMessage message : messages) {
            harness.processElement(new StreamRecord<>(message, message.message().sentAt().toEpochMilli()));
        }
    }

    private static long at(java.time.Duration offset) {
        return io.communitypulse.pipeline.Fixtures.at(offset).toEpochMilli();
    }
}
