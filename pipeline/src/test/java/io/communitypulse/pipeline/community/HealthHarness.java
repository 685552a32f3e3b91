package io.communitypulse.pipeline.community;

import io.communitypulse.events.alert.Alert;
import io.communitypulse.pipeline.Fixtures;
import io.communitypulse.pipeline.timeline.Detector;
import io.communitypulse.pipeline.timeline.GroupEvent;
import io.communitypulse.pipeline.timeline.Timeline;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.apache.flink.util.OutputTag;

/** A group's {@link Timeline} with the community-health detectors on Flink's keyed operator test harness. */
final class HealthHarness implements AutoCloseable {

    static final Duration LATENESS = Duration.ofMinutes(10);

    private final KeyedOneInputStreamOperatorTestHarness<String, GroupEvent, Alert> harness;

    HealthHarness(HealthSettings settings) throws Exception {
        this(List.of(new GroupHealthDetector(settings, LATENESS), new ExitDetector(settings)));
    }

    HealthHarness(List<Detector<?>> detectors) throws Exception {
        harness = new KeyedOneInputStreamOperatorTestHarness<>(new KeyedProcessOperator<>(new Timeline(detectors, LATENESS)),
                GroupEvent::groupKey, Types.STRING);
        harness.open();
    }

    HealthHarness feed(GroupEvent... events) throws Exception {
        for (GroupEvent event : events) {
            harness.processElement(new StreamRecord<>(event, event.timeMillis()));
        }
        return this;
    }

    HealthHarness watermarkAt(Duration offset) throws Exception {
        harness.processWatermark(Fixtures.at(offset).toEpochMilli());
        return this;
    }

    /** Ticks every hour from {@code from} to {@code to}, each followed by the watermark: a silent group's clock. */
    HealthHarness tickHourly(Duration from, Duration to) throws Exception {
        for (Duration at = from; at.compareTo(to) <= 0; at = at.plusHours(1)) {
            feed(GroupEvents.tick(at));
            watermarkAt(at);
        }
        return this;
    }

    List<Alert> alerts() {
        return harness.extractOutputValues();
    }

    /** The newest revision of each alert of {@code type}, by id, in the order first raised. */
    Map<String, Alert> current(String type) {
        Map<String, Alert> current = new LinkedHashMap<>();
        for (Alert alert : alerts()) {
            if (alert.type().equals(type)) {
                current.merge(alert.alertId(), alert, (a, b) -> b.revision() > a.revision() ? b : a);
            }
        }
        return current;
    }

    /** The newest row of each day, as ReplacingMergeTree(as_of) keeps it. */
    Map<LocalDate, GroupHealthDay> days() {
        Map<LocalDate, GroupHealthDay> days = new LinkedHashMap<>();
        for (GroupHealthDay row : rows(GroupHealthDetector.DAYS)) {
            days.merge(LocalDate.ofEpochDay(row.epochDay()), row, (a, b) -> b.asOfMillis() >= a.asOfMillis() ? b : a);
        }
        return days;
    }

    /** The newest row of each member. */
    Map<String, GroupMemberRow> members() {
        Map<String, GroupMemberRow> members = new LinkedHashMap<>();
        for (GroupMemberRow row : rows(GroupHealthDetector.MEMBERS)) {
            members.merge(row.memberId(), row, (a, b) -> b.updatedAtMillis() >= a.updatedAtMillis() ? b : a);
        }
        return members;
    }

    <T> List<T> rows(OutputTag<T> tag) {
        List<T> rows = new ArrayList<>();
        var output = harness.getSideOutput(tag);
        if (output != null) {
            output.forEach(record -> rows.add(record.getValue()));
        }
        return rows;
    }

    KeyedOneInputStreamOperatorTestHarness<String, GroupEvent, Alert> harness() {
        return harness;
    }

    int stateEntries() {
        return harness.numKeyedStateEntries();
    }

    int timers() {
        return harness.numEventTimeTimers();
    }

    @Override
    public void close() throws Exception {
        harness.close();
    }
}
