package io.communitypulse.pipeline.incident;

import java.util.ArrayList;
import java.util.List;

/** A complaint about one subject of one brand, in every group it has reached so far. A Flink POJO. */
public final class OpenIncident {

    public String incidentId;
    public String subjectKind;
    public String subject;
    public String subjectName;
    public int severity;
    public long firstSeenMillis;
    public long lastSeenMillis;
    public int revision;
    /** In the order reached (by each group's first evidence). */
    public List<IncidentGroup> groups = new ArrayList<>();

    public OpenIncident() {}

    /**
     * The revision an incident row carries: the sum of its group alerts' revisions, so that the same alert
     * revision seen twice (re-issued after a late event) does not count twice; it never goes down.
     */
    void revise() {
        revision = Math.max(revision, groups.stream().mapToInt(group -> group.alertRevision).sum());
    }

    int members() {
        return groups.stream().mapToInt(group -> group.members).sum();
    }

    /** Member arrival times across groups; members beyond the evidence kept are counted as arriving last. */
    List<Long> memberArrivals() {
        List<Long> arrivals = new ArrayList<>();
        for (IncidentGroup group : groups) {
            arrivals.addAll(group.memberArrivals);
            for (int i = group.memberArrivals.size(); i < group.members; i++) {
                arrivals.add(lastSeenMillis);
            }
        }
        arrivals.sort(null);
        return arrivals;
    }

    List<Long> groupArrivals() {
        return groups.stream().map(group -> group.firstSeenMillis).toList();
    }
}
