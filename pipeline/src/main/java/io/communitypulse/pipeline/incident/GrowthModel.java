package io.communitypulse.pipeline.incident;

import java.io.Serializable;
import java.util.List;

/**
 * How a complaint spreads, as a self-exciting point process (Hawkes, exponential kernel): each
 * complaining member draws on average {@code branching} more, most of them soon, at rate
 * {@code decayPerMinute}. Seen up to now, every complaint so far still owes
 * {@code branching · e^(−decay · age)} followers on average (SEISMIC's idea, with the simplest memory
 * kernel); the followers still owed come as a Poisson number, and each starts a chain of its own whose
 * size is Borel-distributed. The forecast is that distribution of what is still to come: its median as
 * the likely final size, and its 5th and 95th percentiles as a 90% interval.
 *
 * @param branching      expected direct followers per complaint, below 1 (a cascade that dies out)
 * @param decayPerMinute how fast a complaint stops drawing followers (1 / mean delay in minutes)
 */
public record GrowthModel(double branching, double decayPerMinute) implements Serializable {

    /** For a brand with no past incidents: a cascade of 3 in quick succession is expected to about double. */
    public static final GrowthModel DEFAULT_MEMBERS = new GrowthModel(0.5, 1.0 / 5);
    /** Groups reached: spreading to a further group is rarer and slower than a further member joining. */
    public static final GrowthModel DEFAULT_GROUPS = new GrowthModel(0.3, 1.0 / 30);

    /** Sizes beyond this are counted as this: the forecast of a runaway cascade says "at least this many". */
    static final int MAX_FUTURE = 5_000;

    public GrowthModel {
        if (!(branching > 0 && branching < 1) || !(decayPerMinute > 0)) {
            throw new IllegalArgumentException("need 0 < branching < 1 and decay > 0, got " + branching + ", " + decayPerMinute);
        }
    }

    /** The forecast final count, given the arrival times (epoch millis) of what has happened so far and the time now. */
    public GrowthForecast forecast(List<Long> arrivals, long nowMillis) {
        double owed = 0;
        for (long arrival : arrivals) {
            owed += branching * Math.exp(-decayPerMinute * Math.max(0, nowMillis - arrival) / 60_000.0);
        }
        FutureSizes future = FutureSizes.of(owed, branching, MAX_FUTURE);
        int happened = arrivals.size();
        return new GrowthForecast(happened, happened + future.quantile(0.5), happened + future.quantile(0.05),
                happened + future.quantile(0.95), happened + owed / (1 - branching));
    }
}
