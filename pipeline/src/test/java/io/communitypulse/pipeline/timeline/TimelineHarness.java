package io.communitypulse.pipeline.timeline;

import io.communitypulse.events.alert.Alert;
import io.communitypulse.pipeline.Fixtures;
import io.communitypulse.pipeline.enrich.EnrichedMessage;
import java.time.Duration;
import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;

/** A {@link Timeline} with the given detectors on Flink's keyed operator test harness. */
public final class TimelineHarness implements AutoCloseable {

    public static final Duration LATENESS = Duration.ofMinutes(10);

    private final KeyedOneInputStreamOperatorTestHarness<String, GroupEvent, Alert> harness;

    public TimelineHarness(List<Detector<?>> detectors) throws Exception {
        harness = new KeyedOneInputStreamOperatorTestHarness<>(
                new KeyedProcessOperator<>(new Timeline(detectors, LATENESS)), GroupEvent::groupKey, Types.STRING);
        harness.open();
    }

    public TimelineHarness feed(EnrichedMessage... messages) throws Exception {
        for (EnrichedMessage message : messages) {
            GroupEvent event = GroupEvent.of(message);
            harness.processElement(new StreamRecord<>(event, event.timeMillis()));
        }
        return this;
    }

    public TimelineHarness watermarkAt(Duration offset) throws Exception {
        harness.processWatermark(Fixtures.at(offset).toEpochMilli());
        return this;
    }

    public List<Alert> alerts() {
        return harness.extractOutputValues();
    }

    public int stateEntries() {
        return harness.numKeyedStateEntries();
    }

    public int timers() {
        return harness.numEventTimeTimers();
    }

    public KeyedOneInputStreamOperatorTestHarness<String, GroupEvent, Alert> harness() {
        return harness;
    }

    @Override
    public void close() throws Exception {
        harness.close();
    }
}
