package io.communitypulse.runtime;

import io.communitypulse.runtime.bench.HealthBenchmark;
import io.communitypulse.sentiment.bench.BenchmarkMain;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code ./pulse bench [sentiment|health]}: the benchmarks, each writing its own section of
 * docs/benchmarks.md; without an argument, all of them.
 */
final class BenchCommand {

    private static final List<String> BENCHMARKS = List.of("sentiment", "health");

    private BenchCommand() {}

    static void run(List<String> names) throws Exception {
        for (String name : names) {
            if (!BENCHMARKS.contains(name)) {
                throw new UsageException("unknown benchmark '" + name + "': one of " + String.join(", ", BENCHMARKS));
            }
        }
        if (names.isEmpty() || names.contains("sentiment")) {
            BenchmarkMain.main(new String[0]);
        }
        if (names.isEmpty() || names.contains("health")) {
            HealthBenchmark.run(Path.of("").toAbsolutePath());
        }
    }
}
