package io.communitypulse.pipeline.admission;

import static org.assertj.core.api.Assertions.assertThat;

import io.communitypulse.events.alert.Alert;
import io.communitypulse.events.alert.AlertState;
import io.communitypulse.events.alert.AlertType;
import java.time.Duration;
import java.time.Instant;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ClockSkewDetectorTest {

    private static final long ARRIVAL = Instant.parse("2026-11-23T01:00:00Z").toEpochMilli();
    private static final long DAY = Duration.ofDays(1).toMillis();
    private KeyedOneInputStreamOperatorTestHarness<String, ClockReading, Alert> harness;

    @BeforeEach
    void open() throws Exception {
        harness = new KeyedOneInputStreamOperatorTestHarness<>(
                new KeyedProcessOperator<>(new ClockSkewDetector(Duration.ofMinutes(5))), ClockReading::brandId, Types.STRING);
        harness.open();
    }

    @AfterEach
    void close() throws Exception {
        harness.close();
    }

    @Test
    void raisesOnTheFirstFutureEventAndRevisesAtTheTenth() throws Exception {
        for (int i = 0; i < 12; i++) {
            send(new ClockReading("brand_x", "pulse.chat-messages:0:" + i, ARRIVAL + i * 1000 + DAY, ARRIVAL + i * 1000));
        }

        assertThat(harness.extractOutputValues()).extracting(Alert::revision).containsExactly(1, 2);
        Alert latest = harness.extractOutputValues().get(1);
        assertThat(latest.type()).isEqualTo(AlertType.CLOCK_SKEW.wireName());
        assertThat(latest.alertId()).startsWith("cs-");
        assertThat(latest.state()).isEqualTo(AlertState.GROWING);
        assertThat(latest.brandId()).isEqualTo("brand_x");
        assertThat(latest.groupId()).isEmpty();
        assertThat(latest.summary()).contains("brand_x").contains("10 events").contains("24 h");
        assertThat(latest.details()).contains("\"records\":10").contains("\"max_clock_skew_seconds\":300");
        assertThat(latest.evidence()).hasSize(10);
    }

    @Test
    void anHourWithoutFutureEventsEndsTheEpisodeAndClearsTheState() throws Exception {
        send(new ClockReading("brand_x", "k1", ARRIVAL + DAY, ARRIVAL));

        harness.setProcessingTime(ARRIVAL + Duration.ofHours(1).toMillis());

        assertThat(harness.numKeyedStateEntries()).isZero();
    }

    private void send(ClockReading reading) throws Exception {
        harness.processElement(new StreamRecord<>(reading, reading.eventTimeMillis()));
    }
}
