package io.communitypulse.runtime.bench;

import io.communitypulse.pipeline.JobSettings;
import io.communitypulse.pipeline.PulseJob;
import io.communitypulse.pipeline.community.HealthSettings;
import io.communitypulse.simulator.HealthScenarios;
import io.communitypulse.simulator.JsonlOutput;
import io.communitypulse.simulator.Simulation;
import io.communitypulse.simulator.SimulatorConfig;
import io.communitypulse.simulator.StreamSummary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestOptions;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * What community health costs: the state bytes per member and per group ({@link HealthStateSize}),
 * and the whole job's throughput on one simulated file with the feature on and off, runs taken in
 * turns so that a slow spell of the machine hits both alike. Writes its section of
 * {@code docs/benchmarks.md}. {@code ./pulse bench health}, about five minutes.
 */
public final class HealthBenchmark {

    static final String BEGIN = "<!-- community-health:begin (written by io.communitypulse.runtime.bench.HealthBenchmark) -->";
    static final String END = "<!-- community-health:end -->";
    static final int ROUNDS = 4;
    static final double HISTORY_RATE = 0.2;
    static final int[] GROUP_SIZES = {50, 100, 200, 500};
    /** Sixteen days of history for 200 groups, then 15 minutes live: a backfill and a busy quarter hour. */
    static final SimulatorConfig WORKLOAD = SimulatorConfig.defaults()
            .withHealth(HealthScenarios.DEFAULT.withHistory(Duration.ofDays(16), HISTORY_RATE));

    private HealthBenchmark() {}

    /** @param root the repository, whose docs/benchmarks.md gets the section */
    public static void run(Path root) throws Exception {
        List<HealthStateSize.Size> sizes = new ArrayList<>();
        for (int members : GROUP_SIZES) {
            sizes.add(HealthStateSize.measure(members));
        }
        Path work = Files.createTempDirectory("pulse-health-bench");
        StreamSummary input = JsonlOutput.write(Simulation.create(WORKLOAD), work);
        List<Double> with = new ArrayList<>();
        List<Double> without = new ArrayList<>();
        // a first round of each, not counted: the JIT and the first MiniCluster of the JVM make it slow
        eventsPerSecond(work, input.records(), HealthSettings.DEFAULT.disabled());
        eventsPerSecond(work, input.records(), HealthSettings.DEFAULT);
        for (int round = 0; round < ROUNDS; round++) {
            // in turns, one first in one round and the other in the next: a machine warming up favours neither
            boolean offFirst = round % 2 == 0;
            double first = eventsPerSecond(work, input.records(), offFirst ? HealthSettings.DEFAULT.disabled() : HealthSettings.DEFAULT);
            double second = eventsPerSecond(work, input.records(), offFirst ? HealthSettings.DEFAULT : HealthSettings.DEFAULT.disabled());
            without.add(offFirst ? first : second);
            with.add(offFirst ? second : first);
        }
        String section = report(sizes, input, with, without);
        Path doc = root.resolve("docs/benchmarks.md");
        Files.writeString(doc, replaceSection(Files.exists(doc) ? Files.readString(doc) : "", section));
        System.out.println(section);
    }

    private static double eventsPerSecond(Path work, long records, HealthSettings health) throws Exception {
        Configuration configuration = new Configuration();
        configuration.set(RestOptions.BIND_PORT, "0");
        configuration.set(CheckpointingOptions.CHECKPOINT_STORAGE, "filesystem");
        configuration.set(CheckpointingOptions.CHECKPOINTS_DIRECTORY,
                Files.createTempDirectory(work, "checkpoints").toUri().toString());
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(2, configuration);
        PulseJob.wire(env, JobSettings.defaults("jdbc:unused", null, List.of(work.resolve(JsonlOutput.EVENTS).toString()))
                .withCatalogue(work.resolve(JsonlOutput.CATALOGUE).toString()).withHealth(health), new DiscardingOutputs());
        long started = System.nanoTime();
        env.execute("health-bench");
        return records / ((System.nanoTime() - started) / 1e9);
    }

    static String report(List<HealthStateSize.Size> sizes, StreamSummary input, List<Double> with, List<Double> without) {
        HealthStateSize.Size small = sizes.get(0);
        HealthStateSize.Size large = sizes.get(sizes.size() - 1);
        double perMember = (large.rosterBytes() - small.rosterBytes()) / (double) (large.members() - small.members());
        double perGroup = small.rosterBytes() - perMember * small.members() + small.exitBytes();
        StringBuilder out = new StringBuilder();
        out.append(BEGIN).append('\n');
        out.append("## Community health\n\n");
        out.append(String.format(Locale.ROOT, "Measured %s on %d cores, %s %s. Reproduce: `./pulse bench health`.%n%n",
                LocalDate.now(), Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
                System.getProperty("java.version")));
        out.append("**State** as Flink serialises it (what RocksDB and checkpoints hold), a group after eight days of a steady life\n");
        out.append("(a tenth of its members speaking each day, some replies, a join and a leave a day; ids of 32 characters as WeCom's):\n\n");
        out.append("| members | roster and days (`community-health`) | exits (`community-exits`) |\n|---:|---:|---:|\n");
        for (HealthStateSize.Size size : sizes) {
            out.append(String.format(Locale.ROOT, "| %d | %,d B | %,d B |%n", size.members(), size.rosterBytes(), size.exitBytes()));
        }
        out.append(String.format(Locale.ROOT, "%nAbout **%.0f bytes per member** and **%,.0f bytes per group** besides (its days, recent"
                + " messages, the exit state). The roster is one value of the group's keyed state: with the heap state backend an event"
                + " touches it in place; with RocksDB each event reads and writes the whole group (about %,.0f B for a group of 500).%n%n",
                perMember, perGroup, large.rosterBytes() + (double) large.exitBytes()));
        out.append(String.format(Locale.ROOT, "**Throughput** of the whole job (MiniCluster, parallelism 2, results computed and dropped,"
                + " checkpoints every 10 s to a directory) on one simulated file: %,d records, 16 days of history for 200 groups at"
                + " %s events/s and 15 live minutes at 20 events/s, with the group snapshots. After a run of each not counted"
                + " (warm-up), %d rounds, off then on in one round and on then off in the next. Off is the job without its"
                + " community-health operators (sightings, ticks and the two detectors); snapshots are still read and stored:%n%n",
                input.records(), HISTORY_RATE, ROUNDS));
        out.append("| community health | records/s, each round | median |\n|---|---|---:|\n");
        out.append(row("off (`--no-community-health`)", without)).append(row("on", with));
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < with.size(); i++) {
            ratios.add(with.get(i) / without.get(i));
        }
        out.append(String.format(Locale.ROOT, "%nOn against off, medians: **%.2f**; round by round: %s.%n", median(with) / median(without),
                String.join(", ", ratios.stream().map(r -> String.format(Locale.ROOT, "%.2f", r)).toList())));
        out.append(END).append('\n');
        return out.toString();
    }

    private static String row(String name, List<Double> rates) {
        List<String> each = rates.stream().map(r -> String.format(Locale.ROOT, "%,.0f", r)).toList();
        return String.format(Locale.ROOT, "| %s | %s | %,.0f |%n", name, String.join(" · ", each), median(rates));
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    /** The text with its community-health section replaced, or added at the end. */
    static String replaceSection(String text, String section) {
        int begin = text.indexOf(BEGIN);
        int end = text.indexOf(END);
        if (begin < 0 || end < 0) {
            return text + (text.isEmpty() || text.endsWith("\n") ? "" : "\n") + "\n" + section;
        }
        return text.substring(0, begin) + section + text.substring(end + END.length() + 1);
    }
}
