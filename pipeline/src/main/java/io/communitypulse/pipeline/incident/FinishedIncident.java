package io.communitypulse.pipeline.incident;

import java.util.ArrayList;
import java.util.List;

/** What a brand's past incident teaches about growth: when members and groups joined, and when it ended. */
public final class FinishedIncident {

    public List<Long> memberArrivals = new ArrayList<>();
    public List<Long> groupArrivals = new ArrayList<>();
    public long endedMillis;

    public FinishedIncident() {}

    static FinishedIncident of(OpenIncident incident, long endedMillis) {
        FinishedIncident finished = new FinishedIncident();
        finished.memberArrivals = new ArrayList<>(incident.memberArrivals());
        finished.groupArrivals = new ArrayList<>(incident.groupArrivals());
        finished.endedMillis = endedMillis;
        return finished;
    }
}
