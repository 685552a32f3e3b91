package io.communitypulse.simulator;

import io.communitypulse.events.PulseEvent;
import java.time.Instant;
import java.util.Comparator;
import java.util.PriorityQueue;

/**
 * Events waiting for their time, earliest first; ties broken by the order they were scheduled in,
 * so the order never depends on anything but the generation sequence.
 */
final class Timeline {

    /** @param scripted part of a staged incident: delivered on time, never duplicated or mangled */
    record Scheduled(PulseEvent event, boolean scripted, long seq) {
        Instant at() {
            return event.eventTime();
        }
    }

    private final PriorityQueue<Scheduled> queue = new PriorityQueue<>(
            Comparator.comparing(Scheduled::at).thenComparingLong(Scheduled::seq));
    private long seq;

    void add(PulseEvent event) {
        queue.add(new Scheduled(event, false, seq++));
    }

    void addScripted(PulseEvent event) {
        queue.add(new Scheduled(event, true, seq++));
    }

    Scheduled peek() {
        return queue.peek();
    }

    Scheduled poll() {
        return queue.poll();
    }

    boolean isEmpty() {
        return queue.isEmpty();
    }
}
