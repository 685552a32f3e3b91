package io.communitypulse.pipeline.incident;

import java.util.ArrayList;
import java.util.List;

/** One group an incident reached: its alert there and the members who complained, when. A Flink POJO. */
public final class IncidentGroup {

    public String groupId;
    public String alertId;
    public int alertRevision;
    public long firstSeenMillis;
    public int members;
    /** First evidence time of each member the alert names (its first 50 pieces of evidence). */
    public List<Long> memberArrivals = new ArrayList<>();

    public IncidentGroup() {}
}
