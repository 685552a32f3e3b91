package io.communitypulse.simulator;

import io.communitypulse.events.RejectReason;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a run sent, counted as it went: the ground truth for the pipeline's counters
 * (deduplication, lateness, dead letters). Written as {@code summary.json} beside the stream.
 */
public final class StreamSummary {

    private long records;
    private long events;
    private long late;
    private long duplicates;
    private final Map<RejectReason, Long> malformed = new EnumMap<>(RejectReason.class);

    public void count(TimedRecord record) {
        records++;
        if (record instanceof TimedRecord.Event e) {
            events++;
            if (e.delivery() == TimedRecord.Delivery.LATE) {
                late++;
            } else if (e.delivery() == TimedRecord.Delivery.DUPLICATE) {
                duplicates++;
            }
        } else if (record instanceof TimedRecord.Malformed m) {
            malformed.merge(m.expected(), 1L, Long::sum);
        }
    }

    public long records() {
        return records;
    }

    /** Valid event records, duplicates included. */
    public long events() {
        return events;
    }

    /** Events once each: what the pipeline should keep after deduplication by event id. */
    public long distinctEvents() {
        return events - duplicates;
    }

    public long late() {
        return late;
    }

    public long duplicates() {
        return duplicates;
    }

    public long malformedTotal() {
        return malformed.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Malformed records by the reason the parser must give, keyed by wire name. */
    public Map<String, Long> malformedByReason() {
        Map<String, Long> byName = new TreeMap<>();
        malformed.forEach((reason, n) -> byName.put(reason.wireName(), n));
        return byName;
    }

    /** The summary as a JSON object with stable key order. */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new java.util.LinkedHashMap<>();
        map.put("records", records);
        map.put("events", events);
        map.put("distinct_events", distinctEvents());
        map.put("late", late);
        map.put("duplicates", duplicates);
        map.put("malformed", malformedTotal());
        map.put("malformed_by_reason", malformedByReason());
        return map;
    }

    @Override
    public String toString() {
        return toMap().toString();
    }
}
