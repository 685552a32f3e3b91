package io.communitypulse.simulator;

import java.time.Instant;
import java.util.List;

/**
 * Ground truth of one staged incident, one line of {@code incidents.jsonl} (snake_case JSON).
 *
 * @param kind          {@link #NEGATIVE_CASCADE}, {@link #BENIGN_BURST} or {@link #POSITIVE_WAVE}
 * @param expectAlert   whether a cascade detector should raise an alert for it
 * @param groups        the groups involved, in the order the incident reached them
 * @param aspect        the complaint aspect (sentiment wire name), null for a positive wave
 * @param start         event time of the first message of the incident
 * @param end           event time of its last complaint (or praise) message
 * @param memberIds     distinct members who took part, in order of first message
 * @param eventIds      the incident's messages (complaints, pile-ons, praise), in time order
 * @param orderEventIds refunds members reported, the order-side echo of a cascade
 * @param phases        the incident group by group
 */
public record Incident(
        String incidentId,
        String kind,
        boolean expectAlert,
        String brandId,
        List<String> groups,
        String sku,
        String productName,
        String aspect,
        Instant start,
        Instant end,
        List<String> memberIds,
        List<String> eventIds,
        List<String> orderEventIds,
        List<Phase> phases) {

    public static final String NEGATIVE_CASCADE = "negative_cascade";
    public static final String BENIGN_BURST = "benign_burst";
    public static final String POSITIVE_WAVE = "positive_wave";

    public Incident {
        groups = List.copyOf(groups);
        memberIds = List.copyOf(memberIds);
        eventIds = List.copyOf(eventIds);
        orderEventIds = List.copyOf(orderEventIds);
        phases = List.copyOf(phases);
    }

    /** The part of an incident in one group. */
    public record Phase(String groupId, Instant start, Instant end, List<String> memberIds, List<String> eventIds) {
        public Phase {
            memberIds = List.copyOf(memberIds);
            eventIds = List.copyOf(eventIds);
        }
    }
}
