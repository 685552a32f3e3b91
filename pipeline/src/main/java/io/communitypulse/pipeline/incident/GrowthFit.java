package io.communitypulse.pipeline.incident;

import java.util.List;

/**
 * Fits a {@link GrowthModel} to a brand's past incidents by maximum likelihood. Each incident is its
 * members' arrival times (epoch millis, sorted) and the time it ended; its first complaint starts it
 * and is not explained by the model. For a given decay the best branching ratio has a closed form
 * (followers over the expected offspring of every complaint until the end); the decay is searched on a
 * grid from 30 seconds to an hour of mean delay.
 */
public final class GrowthFit {

    private static final double[] MEAN_DELAY_MINUTES = {0.5, 1, 2, 3, 5, 8, 12, 20, 30, 45, 60};
    private static final double MAX_BRANCHING = 0.95;
    static final int MIN_FOLLOWERS = 10;

    private GrowthFit() {}

    /** The fitted model, or {@code fallback} when the history holds fewer than 10 followers in all. */
    public static GrowthModel fit(List<PastIncident> history, GrowthModel fallback) {
        int followers = history.stream().mapToInt(incident -> incident.arrivals().size() - 1).sum();
        if (followers < MIN_FOLLOWERS) {
            return fallback;
        }
        GrowthModel best = fallback;
        double bestLikelihood = Double.NEGATIVE_INFINITY;
        for (double delay : MEAN_DELAY_MINUTES) {
            double decay = 1 / delay;
            double exposure = 0;
            for (PastIncident incident : history) {
                exposure += exposure(incident, decay);
            }
            double branching = Math.min(MAX_BRANCHING, followers / exposure);
            double likelihood = logLikelihood(history, branching, decay);
            if (likelihood > bestLikelihood) {
                bestLikelihood = likelihood;
                best = new GrowthModel(branching, decay);
            }
        }
        return best;
    }

    /** A finished incident: its arrival times in order and when it ended. */
    public record PastIncident(List<Long> arrivals, long endedMillis) {}

    /** Expected offspring of every complaint until the incident's end, per unit of branching. */
    private static double exposure(PastIncident incident, double decay) {
        double total = 0;
        for (long arrival : incident.arrivals()) {
            total += 1 - Math.exp(-decay * minutes(incident.endedMillis() - arrival));
        }
        return total;
    }

    private static double logLikelihood(List<PastIncident> history, double branching, double decay) {
        double sum = 0;
        for (PastIncident incident : history) {
            List<Long> arrivals = incident.arrivals();
            for (int i = 1; i < arrivals.size(); i++) {
                double excitation = 0;
                for (int j = 0; j < i; j++) {
                    excitation += Math.exp(-decay * minutes(arrivals.get(i) - arrivals.get(j)));
                }
                sum += Math.log(branching * decay * excitation);
            }
            sum -= branching * exposure(incident, decay);
        }
        return sum;
    }

    private static double minutes(long millis) {
        return Math.max(0, millis) / 60_000.0;
    }
}
