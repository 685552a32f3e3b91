package io.communitypulse.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.communitypulse.events.PulseEvent;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeliveryTest {

    private final Fixtures.Run run = Fixtures.defaultRun();

    @Test
    void recordsAreInSendOrderAndNothingIsSentBeforeItHappened() {
        List<TimedRecord> records = run.records();

        for (int i = 1; i < records.size(); i++) {
            assertThat(records.get(i).emitAt()).isAfterOrEqualTo(records.get(i - 1).emitAt());
        }
        assertThat(records).filteredOn(r -> r instanceof TimedRecord.Event).allSatisfy(r -> {
            PulseEvent e = ((TimedRecord.Event) r).event();
            assertThat(r.emitAt()).isAfterOrEqualTo(e.eventTime())
                    .isBeforeOrEqualTo(e.eventTime().plus(Duration.ofMinutes(3).plusSeconds(30)));
        });
    }

    @Test
    void aSmallShareArrivesLateOutOfOrderOrTwice() {
        List<TimedRecord.Event> events = run.records().stream().filter(r -> r instanceof TimedRecord.Event)
                .map(TimedRecord.Event.class::cast).toList();
        long late = events.stream().filter(e -> e.delivery() == TimedRecord.Delivery.LATE).count();
        long outOfOrder = 0;
        for (int i = 1; i < events.size(); i++) {
            if (events.get(i).event().eventTime().isBefore(events.get(i - 1).event().eventTime())) {
                outOfOrder++;
            }
        }

        assertThat((double) late / events.size()).isBetween(0.01, 0.03);
        assertThat(outOfOrder).isPositive();
        assertThat(events).filteredOn(e -> e.delivery() == TimedRecord.Delivery.DUPLICATE)
                .allSatisfy(d -> assertThat(events).filteredOn(e -> e.delivery() != TimedRecord.Delivery.DUPLICATE
                        && e.event().eventId().equals(d.event().eventId())).singleElement()
                        .satisfies(original -> assertThat(original.line()).isEqualTo(d.line())));
    }

    @Test
    void incidentMessagesAreDeliveredOnceAndOnTime() {
        List<String> scripted = run.simulation().incidents().stream().flatMap(i -> i.eventIds().stream()).toList();

        assertThat(run.records()).filteredOn(r -> r instanceof TimedRecord.Event e
                        && scripted.contains(e.event().eventId()))
                .hasSize(scripted.size())
                .allMatch(r -> ((TimedRecord.Event) r).delivery() == TimedRecord.Delivery.ON_TIME);
    }
}
