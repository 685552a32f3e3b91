package io.communitypulse.sentiment.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/** One JMH run of a benchmark class with the settings every benchmark here reports (1 fork, 3x2 s, 5x3 s, 1 thread). */
final class JmhRun {
    static final String SETTINGS = "JMH, 1 fork, 3x2 s warm-up, 5x3 s measurement, 1 thread";

    private JmhRun() {
    }

    /** Benchmark method name to [operations per second, error]. */
    static Map<String, double[]> throughput(Class<?> benchmark) throws RunnerException {
        Options options = new OptionsBuilder()
                .include(benchmark.getName())
                .forks(1)
                .warmupIterations(3).warmupTime(TimeValue.seconds(2))
                .measurementIterations(5).measurementTime(TimeValue.seconds(3))
                .threads(1)
                .build();
        Map<String, double[]> throughput = new LinkedHashMap<>();
        for (RunResult r : new Runner(options).run()) {
            String name = r.getParams().getBenchmark();
            throughput.put(name.substring(name.lastIndexOf('.') + 1),
                    new double[] {r.getPrimaryResult().getScore(), r.getPrimaryResult().getScoreError()});
        }
        return throughput;
    }
}
