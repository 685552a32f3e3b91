package io.communitypulse.pipeline.admission;

import java.util.ArrayList;
import java.util.List;

/**
 * One brand's run of events dated in the future, until an hour passes without one. A Flink POJO.
 */
public final class ClockSkewEpisode {

    static final int MAX_EVIDENCE = 10;

    public long firstArrivalMillis;
    public long lastArrivalMillis;
    public long records;
    public long maxLeadMillis;
    public int revision;
    public List<ClockReading> evidence = new ArrayList<>();

    public ClockSkewEpisode() {}

    static ClockSkewEpisode startingWith(ClockReading reading) {
        ClockSkewEpisode episode = new ClockSkewEpisode();
        episode.firstArrivalMillis = reading.arrivedAtMillis();
        return episode;
    }

    /** Counts the reading; true when the count reaches 1, 10, 100...: time for a new revision. */
    boolean add(ClockReading reading) {
        records++;
        lastArrivalMillis = Math.max(lastArrivalMillis, reading.arrivedAtMillis());
        maxLeadMillis = Math.max(maxLeadMillis, reading.leadMillis());
        if (evidence.size() < MAX_EVIDENCE) {
            evidence.add(reading);
        }
        boolean powerOfTen = Long.toString(records).matches("10*");
        if (powerOfTen) {
            revision++;
        }
        return powerOfTen;
    }

    boolean isOverAt(long arrivalMillis, long quietMillis) {
        return arrivalMillis > lastArrivalMillis + quietMillis;
    }
}
