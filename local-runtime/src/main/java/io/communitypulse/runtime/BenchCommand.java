package io.communitypulse.runtime;

import io.communitypulse.runtime.bench.HealthBenchmark;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code ./pulse bench health}: community health's benchmark, which writes its own section of
 * docs/benchmarks.md ({@code ./pulse bench} runs it after the others).
 */
final class BenchCommand {

    private BenchCommand() {}

    static void run(List<String> names) throws Exception {
        if (!names.equals(List.of("health"))) {
            throw new UsageException("bench runs 'health' here, got " + names + " (./pulse bench runs every benchmark)");
        }
        HealthBenchmark.run(Path.of("").toAbsolutePath());
    }
}
