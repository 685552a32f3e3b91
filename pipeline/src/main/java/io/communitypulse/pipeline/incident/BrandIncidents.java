package io.communitypulse.pipeline.incident;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One brand's open incidents by subject, and its last finished ones to fit growth on. A Flink POJO. */
public final class BrandIncidents {

    static final int HISTORY = 20;

    public String brandId;
    public Map<String, OpenIncident> bySubject = new HashMap<>();
    public List<FinishedIncident> history = new ArrayList<>();

    public BrandIncidents() {}

    void remember(FinishedIncident finished) {
        history.add(finished);
        if (history.size() > HISTORY) {
            history.remove(0);
        }
    }

    /** @param givenMembers the cascade rule's minimum: every past incident reached it, so it is taken as given */
    GrowthModel memberGrowth(int givenMembers) {
        return GrowthFit.fit(history.stream()
                .map(past -> new GrowthFit.PastIncident(past.memberArrivals, past.endedMillis)).toList(),
                givenMembers, GrowthModel.DEFAULT_MEMBERS);
    }

    GrowthModel groupGrowth() {
        return GrowthFit.fit(history.stream()
                .map(past -> new GrowthFit.PastIncident(past.groupArrivals, past.endedMillis)).toList(),
                1, GrowthModel.DEFAULT_GROUPS);
    }

    boolean isEmpty() {
        return bySubject.isEmpty() && history.isEmpty();
    }
}
