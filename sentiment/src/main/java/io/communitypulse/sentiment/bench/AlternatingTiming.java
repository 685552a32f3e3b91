package io.communitypulse.sentiment.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Two workloads timed in alternating rounds, so that a slow spell of a shared machine hits both alike: the
 * median ratio of their throughputs over the rounds is steadier than two JMH figures taken minutes apart.
 */
final class AlternatingTiming {
    private final int rounds;
    private final long roundNanos;

    AlternatingTiming(int rounds, long roundNanos) {
        this.rounds = rounds;
        this.roundNanos = roundNanos;
    }

    /** Per round, operations per second of {@code reference} and of {@code candidate}; each gets index 0, 1, 2... */
    List<double[]> run(int size, IntConsumer reference, IntConsumer candidate) {
        time(size, reference); // warm-up
        time(size, candidate);
        List<double[]> results = new ArrayList<>(rounds);
        for (int r = 0; r < rounds; r++) {
            results.add(new double[] {time(size, reference), time(size, candidate)});
        }
        return results;
    }

    static double medianRatio(List<double[]> rounds) {
        return median(rounds.stream().mapToDouble(r -> r[1] / r[0]).toArray());
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    private double time(int size, IntConsumer work) {
        long start = System.nanoTime();
        long operations = 0;
        int i = 0;
        while (System.nanoTime() - start < roundNanos) {
            work.accept(i);
            i = i + 1 == size ? 0 : i + 1;
            operations++;
        }
        return operations / ((System.nanoTime() - start) / 1e9);
    }
}
