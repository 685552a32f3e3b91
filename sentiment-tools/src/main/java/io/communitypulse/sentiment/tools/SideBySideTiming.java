package io.communitypulse.sentiment.tools;

import java.io.PrintStream;
import java.lang.invoke.MethodHandle;
import java.util.Arrays;
import java.util.Locale;

/**
 * Times two or more builds of the scorer side by side in one JVM, in turns, so that a slow spell of a noisy
 * machine hits every build alike; prints each build's median msgs/s and the median of the per-round ratios to
 * the first build. Each DIR is a compiled {@code sentiment/target/classes} of one version (see {@link Build}).
 * Every round runs each build for 1.5 s over the benchmark mix (as the first build's {@code BenchmarkMessages}
 * reads it), after 4 s of warm-up per build. Run from the repository root:
 * <pre>
 * ./pulse sentiment tool SideBySideTiming ROUNDS DIR_A DIR_B [DIR...]
 * </pre>
 */
public final class SideBySideTiming {
    private static final long WARM_UP_NANOS = 4_000_000_000L;
    private static final long ROUND_NANOS = 1_500_000_000L;
    /** Where the loops' results go, so the JIT cannot drop the work as unused. */
    static volatile long consumed;

    private SideBySideTiming() {
    }

    public static void main(String[] args) throws Throwable {
        int rounds = Integer.parseInt(args[0]);
        Build[] builds = new Build[args.length - 1];
        for (int b = 0; b < builds.length; b++) {
            builds[b] = new Build(args[b + 1]);
        }
        run(builds, builds[0].benchmarkMessages(), rounds, WARM_UP_NANOS, ROUND_NANOS, System.out);
    }

    /** One line per build, labelled by its directory. */
    static void run(Build[] builds, String[] messages, int rounds, long warmUpNanos, long roundNanos, PrintStream out)
            throws Throwable {
        for (Build build : builds) {
            time(build, messages, warmUpNanos);
        }
        double[][] rates = new double[builds.length][rounds];
        for (int r = 0; r < rounds; r++) {
            for (int b = 0; b < builds.length; b++) {
                rates[b][r] = time(builds[b], messages, roundNanos);
            }
        }
        for (int b = 0; b < builds.length; b++) {
            double[] ratios = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                ratios[r] = rates[b][r] / rates[0][r];
            }
            out.printf(Locale.ROOT, "%s: median %,.0f msgs/s (%,.0f..%,.0f), ratio to the first %.3f (%.3f..%.3f)%n",
                    builds[b].dir, median(rates[b]), min(rates[b]), max(rates[b]), median(ratios), min(ratios),
                    max(ratios));
        }
    }

    /** Messages scored per second, over the mix as often as fits in {@code nanos}. */
    private static double time(Build build, String[] messages, long nanos) throws Throwable {
        MethodHandle score = build.score;
        Object scorer = build.scorer;
        long started = System.nanoTime();
        long scored = 0;
        long sink = 0;
        while (System.nanoTime() - started < nanos) {
            for (String message : messages) {
                Object result = score.invokeExact(scorer, "b", message);
                sink += result == null ? 0 : 1;
                scored++;
            }
        }
        consumed += sink;
        return scored / ((System.nanoTime() - started) / 1e9);
    }

    private static double median(double[] xs) {
        double[] sorted = xs.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double min(double[] xs) {
        return Arrays.stream(xs).min().orElseThrow();
    }

    private static double max(double[] xs) {
        return Arrays.stream(xs).max().orElseThrow();
    }
}
