package io.communitypulse.pipeline.bench;

import io.communitypulse.pipeline.incident.GrowthModel;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Random;

/**
 * Complaint cascades drawn from a known {@link GrowthModel}, as ground truth for the forecast: the
 * first complaint at time 0, each complaint drawing a Poisson(branching) number of followers after
 * exponential delays (mean 1 / decay minutes). Seeded, so every run draws the same cascades.
 */
public final class HawkesCascades {

    private final Random random;

    public HawkesCascades(long seed) {
        this.random = new Random(seed);
    }

    /** Arrival times in millis from the first complaint, sorted; at most {@code cap} of them. */
    public List<Long> draw(GrowthModel truth, int cap) {
        List<Long> arrivals = new ArrayList<>();
        Deque<Long> parents = new ArrayDeque<>();
        parents.add(0L);
        arrivals.add(0L);
        while (!parents.isEmpty() && arrivals.size() < cap) {
            long parent = parents.poll();
            int children = poisson(truth.branching());
            for (int i = 0; i < children && arrivals.size() < cap; i++) {
                double minutes = -Math.log(1 - random.nextDouble()) / truth.decayPerMinute();
                long child = parent + Math.round(minutes * 60_000);
                arrivals.add(child);
                parents.add(child);
            }
        }
        arrivals.sort(null);
        return arrivals;
    }

    private int poisson(double mean) {
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }
}
