// Times two or more builds of the scorer side by side in one JVM, in turns, so that a slow spell of a noisy
// machine hits every build alike; prints each build's median msgs/s and the median of the per-round ratios
// to the first build. Not part of the build. Each DIR is a compiled sentiment/target/classes of one version
// (e.g. `git stash; mvn -pl sentiment compile; cp -r sentiment/target/classes /tmp/old; git stash pop`).
// Run from the repository root, with only the Jackson jars on the class path (the builds are loaded from DIRs,
// by Build.java beside this file):
//   java -cp <jackson jars> sentiment/tools/SideBySideTiming.java ROUNDS DIR_A DIR_B [DIR...]
// Every round runs each build for 1.5 s over the benchmark mix, after 4 s of warm-up per build.
import java.lang.invoke.MethodHandle;
import java.util.Arrays;
import java.util.Locale;

public class SideBySideTiming {
    private static final long WARM_UP_NANOS = 4_000_000_000L;
    private static final long ROUND_NANOS = 1_500_000_000L;
    private static long sink;

    public static void main(String[] args) throws Throwable {
        int rounds = Integer.parseInt(args[0]);
        int builds = args.length - 1;
        Build[] build = new Build[builds];
        String[] messages = null;
        for (int b = 0; b < builds; b++) {
            build[b] = new Build(args[b + 1]);
            if (messages == null) {
                messages = build[b].benchmarkMessages();
            }
            run(build[b], messages, WARM_UP_NANOS);
        }
        double[][] rates = new double[builds][rounds];
        for (int r = 0; r < rounds; r++) {
            for (int b = 0; b < builds; b++) {
                rates[b][r] = run(build[b], messages, ROUND_NANOS);
            }
        }
        for (int b = 0; b < builds; b++) {
            double[] ratios = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                ratios[r] = rates[b][r] / rates[0][r];
            }
            System.out.printf(Locale.ROOT, "%s: median %,.0f msgs/s (%,.0f..%,.0f), ratio to the first %.3f (%.3f..%.3f)%n",
                    args[b + 1], median(rates[b]), min(rates[b]), max(rates[b]), median(ratios), min(ratios), max(ratios));
        }
        if (sink == 42) {
            System.out.println();
        }
    }

    private static double run(Build build, String[] messages, long nanos) throws Throwable {
        MethodHandle score = build.score;
        Object scorer = build.scorer;
        long started = System.nanoTime();
        long scored = 0;
        while (System.nanoTime() - started < nanos) {
            for (String message : messages) {
                Object result = score.invokeExact(scorer, "b", message);
                sink += result == null ? 0 : 1;
                scored++;
            }
        }
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
