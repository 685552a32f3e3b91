package io.communitypulse.pipeline.incident;

import java.util.List;

/**
 * Fits a {@link GrowthModel} to a brand's past incidents by maximum likelihood. Each incident is its
 * members' arrival times (epoch millis, sorted) and the time it ended. A brand only has incidents that
 * reached the rule, so the likelihood is conditioned on the first {@code given} arrivals (the rule's
 * minimum): it explains what came after them, from the moment the last of them arrived — fitting the
 * whole history would count the growth that made them incidents at all, and forecast too much. For a
 * given decay the best branching ratio has a closed form (arrivals after the given ones over the
 * expected offspring of every complaint in that time); the decay is searched on a grid from 30 s to
 * an hour of mean delay.
 */
public final class GrowthFit {

    private static final double[] MEAN_DELAY_MINUTES = {0.5, 1, 2, 3, 5, 8, 12, 20, 30, 45, 60};
    private static final double MAX_BRANCHING = 0.95;
    static final int MIN_FOLLOWERS = 10;

    private GrowthFit() {}

    /**
     * The fitted model, or {@code fallback} when the history holds fewer than 10 arrivals after the given ones.
     *
     * @param given how many first arrivals of every incident are taken as given (at least 1)
     */
    public static GrowthModel fit(List<PastIncident> history, int given, GrowthModel fallback) {
        List<PastIncident> usable = history.stream().filter(incident -> incident.arrivals().size() >= given).toList();
        int followers = usable.stream().mapToInt(incident -> incident.arrivals().size() - given).sum();
        if (followers < MIN_FOLLOWERS) {
            return fallback;
        }
        GrowthModel best = fallback;
        double bestLikelihood = Double.NEGATIVE_INFINITY;
        for (double delay : MEAN_DELAY_MINUTES) {
            double decay = 1 / delay;
            double exposure = 0;
            for (PastIncident incident : usable) {
                exposure += exposure(incident, given, decay);
            }
            double branching = Math.min(MAX_BRANCHING, followers / exposure);
            double likelihood = logLikelihood(usable, given, branching, decay);
            if (likelihood > bestLikelihood) {
                bestLikelihood = likelihood;
                best = new GrowthModel(branching, decay);
            }
        }
        return best;
    }

    /** A finished incident: its arrival times in order and when it ended. */
    public record PastIncident(List<Long> arrivals, long endedMillis) {}

    /**
     * Expected offspring, per unit of branching, of every complaint between the last given arrival and
     * the incident's end.
     */
    private static double exposure(PastIncident incident, int given, double decay) {
        long from = incident.arrivals().get(given - 1);
        double total = 0;
        for (long arrival : incident.arrivals()) {
            double before = Math.exp(-decay * minutes(from - arrival));
            total += before - Math.exp(-decay * minutes(incident.endedMillis() - arrival));
        }
        return total;
    }

    private static double logLikelihood(List<PastIncident> history, int given, double branching, double decay) {
        double sum = 0;
        for (PastIncident incident : history) {
            List<Long> arrivals = incident.arrivals();
            for (int i = given; i < arrivals.size(); i++) {
                double excitation = 0;
                for (int j = 0; j < i; j++) {
                    excitation += Math.exp(-decay * minutes(arrivals.get(i) - arrivals.get(j)));
                }
                sum += Math.log(branching * decay * excitation);
            }
            sum -= branching * exposure(incident, given, decay);
        }
        return sum;
    }

    private static double minutes(long millis) {
        return Math.max(0, millis) / 60_000.0;
    }
}
