package io.communitypulse.pipeline.incident;

import java.io.Serializable;
import java.util.List;

/**
 * How a complaint spreads, as a self-exciting point process (Hawkes, exponential kernel): each
 * complaining member draws on average {@code branching} more, most of them soon, at rate
 * {@code decayPerMinute}. The final size of a cascade seen up to now is what has happened plus the
 * offspring still to come of every complaint so far and theirs in turn (SEISMIC's idea, with the
 * simplest memory kernel).
 *
 * @param branching      expected direct followers per complaint, below 1 (a cascade that dies out)
 * @param decayPerMinute how fast a complaint stops drawing followers (1 / mean delay in minutes)
 */
public record GrowthModel(double branching, double decayPerMinute) implements Serializable {

    /** For a brand with no past incidents: a cascade of 3 in quick succession is expected to about double. */
    public static final GrowthModel DEFAULT_MEMBERS = new GrowthModel(0.5, 1.0 / 5);
    /** Groups reached: spreading to a further group is rarer and slower than a further member joining. */
    public static final GrowthModel DEFAULT_GROUPS = new GrowthModel(0.3, 1.0 / 30);

    private static final double Z_90 = 1.645;

    public GrowthModel {
        if (!(branching > 0 && branching < 1) || !(decayPerMinute > 0)) {
            throw new IllegalArgumentException("need 0 < branching < 1 and decay > 0, got " + branching + ", " + decayPerMinute);
        }
    }

    /**
     * The forecast final count, given the arrival times (epoch millis) of what has happened so far and
     * the time now: expected value and a 90% interval (never below what has already happened).
     */
    public GrowthForecast forecast(List<Long> arrivals, long nowMillis) {
        double pending = 0;
        for (long arrival : arrivals) {
            pending += branching * Math.exp(-decayPerMinute * minutes(nowMillis - arrival));
        }
        double expectedMore = pending / (1 - branching);
        // total progeny of a Poisson branching process: variance pending / (1 - b)^3
        double spread = Z_90 * Math.sqrt(pending / Math.pow(1 - branching, 3));
        int happened = arrivals.size();
        return new GrowthForecast(happened, happened + expectedMore,
                happened + Math.max(0, expectedMore - spread), happened + expectedMore + spread);
    }

    private static double minutes(long millis) {
        return Math.max(0, millis) / 60_000.0;
    }
}
