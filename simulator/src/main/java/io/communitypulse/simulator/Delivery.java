package io.communitypulse.simulator;

import io.communitypulse.events.PulseEvent;
import java.time.Instant;
import java.util.Comparator;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

/**
 * Turns events in event-time order into records in send order, as chat archives deliver them: a
 * share arrives late (5 s to 3 min), a share twice, and with {@code badRate} a malformed record
 * rides along. Scripted incident events are always delivered once and on time.
 */
final class Delivery implements Iterator<TimedRecord> {

    private record Pending(TimedRecord record, long seq) {}

    private static final long MIN_LATE_MS = 5_000;
    private static final long MAX_LATE_MS = 180_000;

    private final Iterator<Timeline.Scheduled> events;
    private final SimulatorConfig config;
    private final SplittableRandom random;
    private final Malformer malformer;
    private final PriorityQueue<Pending> pending = new PriorityQueue<>(
            Comparator.comparing((Pending p) -> p.record().emitAt()).thenComparingLong(Pending::seq));
    private Timeline.Scheduled next;
    private long seq;

    Delivery(Iterator<Timeline.Scheduled> events, SimulatorConfig config, SplittableRandom random) {
        this.events = events;
        this.config = config;
        this.random = random;
        this.malformer = new Malformer(random);
        this.next = events.hasNext() ? events.next() : null;
    }

    @Override
    public boolean hasNext() {
        return next != null || !pending.isEmpty();
    }

    @Override
    public TimedRecord next() {
        // A pending record may go once no upstream event can still be sent before it:
        // upstream event times only grow, and nothing is sent before its event time.
        while (next != null && (pending.isEmpty() || !next.at().isAfter(pending.peek().record().emitAt()))) {
            deliver(next);
            next = events.hasNext() ? events.next() : null;
        }
        if (pending.isEmpty()) {
            throw new NoSuchElementException();
        }
        return pending.poll().record();
    }

    private void deliver(Timeline.Scheduled scheduled) {
        PulseEvent event = scheduled.event();
        Instant at = scheduled.at();
        if (scheduled.scripted()) {
            push(new TimedRecord.Event(at, event, TimedRecord.Delivery.ON_TIME));
            return;
        }
        Instant sent = at;
        TimedRecord.Delivery how = TimedRecord.Delivery.ON_TIME;
        if (random.nextDouble() < config.lateShare()) {
            sent = at.plusMillis(MIN_LATE_MS + random.nextLong(MAX_LATE_MS - MIN_LATE_MS));
            how = TimedRecord.Delivery.LATE;
        }
        push(new TimedRecord.Event(sent, event, how));
        if (random.nextDouble() < config.duplicateShare()) {
            push(new TimedRecord.Event(sent.plusMillis(1_000 + random.nextLong(29_000)), event,
                    TimedRecord.Delivery.DUPLICATE));
        }
        if (random.nextDouble() < config.badRate()) {
            push(malformer.breakOne(event, at));
        }
    }

    private void push(TimedRecord record) {
        pending.add(new Pending(record, seq++));
    }
}
