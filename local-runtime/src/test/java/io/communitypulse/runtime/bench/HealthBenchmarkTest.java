package io.communitypulse.runtime.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.communitypulse.simulator.StreamSummary;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The parts of the health benchmark that need no minutes of machine time. */
class HealthBenchmarkTest {

    @Test
    void aGroupsStateGrowsWithItsMembersAndStaysSmallPerMember() {
        HealthStateSize.Size small = HealthStateSize.measure(50);
        HealthStateSize.Size large = HealthStateSize.measure(500);

        double perMember = (large.rosterBytes() - small.rosterBytes()) / 450.0;
        assertThat(perMember).as("bytes per member").isBetween(40.0, 200.0);
        assertThat(small.exitBytes()).isPositive().isLessThan(small.rosterBytes());
    }

    @Test
    void theReportReplacesItsOwnSectionAndLeavesTheOthers() {
        String section = HealthBenchmark.report(List.of(new HealthStateSize.Size(50, 6_000, 300),
                new HealthStateSize.Size(500, 51_000, 400)), new StreamSummary(), List.of(900.0, 1_000.0, 1_100.0),
                List.of(1_000.0, 1_200.0, 1_100.0));
        String doc = "# Benchmarks\n\n<!-- sentiment:begin -->\nS\n<!-- sentiment:end -->\n";

        String once = HealthBenchmark.replaceSection(doc, section);
        String twice = HealthBenchmark.replaceSection(once, section);

        assertThat(twice).isEqualTo(once).startsWith(doc).contains("About **100 bytes per member**", "| on | 900 · 1,000 · 1,100 | 1,000 |",
                "On against off, medians: **0.91**; round by round: 0.90, 0.83, 1.00");
    }
}
