package io.communitypulse.pipeline.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.communitypulse.pipeline.incident.GrowthModel;
import java.util.List;
import org.junit.jupiter.api.Test;

class ForecastBenchmarkTest {

    @Test
    void theSectionReplacesItsPreviousVersionAndLeavesTheRestOfTheDocument() {
        String document = "# Benchmarks\n\nintro\n\n" + ForecastBenchmark.BEGIN + "\nold figures\n" + ForecastBenchmark.END
                + "\n\n## Later section\n";

        String spliced = ForecastBenchmark.splice(document, ForecastBenchmark.BEGIN + "\nnew figures\n" + ForecastBenchmark.END + "\n");

        assertThat(spliced).contains("intro", "new figures", "## Later section").doesNotContain("old figures");
        assertThat(ForecastBenchmark.splice("# Benchmarks\n", "section\n")).isEqualTo("# Benchmarks\n\nsection\n");
    }

    @Test
    void aFittedForecastsIntervalHoldsMostFinalsAndTheTableShowsEveryRegime() {
        ForecastEvaluation.Result result = ForecastEvaluation.evaluate("test", new GrowthModel(0.6, 1.0 / 4), 3, 200, 5);

        assertThat(result.fittedCoverage()).isBetween(0.85, 1.0);
        assertThat(result.fittedFactor()).isBetween(1.0, 3.0);
        assertThat(ForecastBenchmark.render(List.of(result))).contains("| test | 3 |");
    }
}
