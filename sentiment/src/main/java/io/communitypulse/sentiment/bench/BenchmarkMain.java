package io.communitypulse.sentiment.bench;

import io.communitypulse.sentiment.ProductCatalogue;
import io.communitypulse.sentiment.SentimentModel;
import io.communitypulse.sentiment.SentimentScorer;
import io.communitypulse.sentiment.eval.Evaluation;
import io.communitypulse.sentiment.model.ModelArtifact;
import io.communitypulse.sentiment.model.ScoringEngine;
import io.communitypulse.sentiment.train.LabelledText;
import io.communitypulse.sentiment.train.TrainingFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.runner.RunnerException;

/**
 * Runs {@link ScorerBenchmark} (about a minute), measures model load time and heap, evaluates the test
 * files and the chat set, and writes the "Sentiment" section of {@code docs/benchmarks.md}.
 * Run from the repository root.
 */
public final class BenchmarkMain {
    private BenchmarkMain() {
    }

    public static void main(String[] args) throws RunnerException, IOException {
        Path root = TrainingFiles.repositoryRoot(Path.of("").toAbsolutePath());
        String[] mix = BenchmarkMessages.load();
        Map<String, double[]> throughput = JmhRun.throughput(ScorerBenchmark.class);
        LoadCost load = LoadCost.measure();
        Map<String, Evaluation> accuracy = new LinkedHashMap<>();
        SentimentScorer scorer = SentimentModel.loadDefault(ProductCatalogue.empty());
        for (Path file : new Path[] {
                BenchmarkMessages.testFile(root, "retail_test.tsv"),
                BenchmarkMessages.testFile(root, "waimai_test.tsv"),
                BenchmarkMessages.chatSet(root),
                BenchmarkMessages.chatHoldout(root)}) {
            // relative to the repository root, so the table reads the same in any checkout
            accuracy.put(root.toAbsolutePath().relativize(file.toAbsolutePath()).toString(),
                    Evaluation.run(scorer, LabelledText.read(file)));
        }
        String section = BenchmarkReport.render(LocalDate.now(), Machine.describe(), mix, throughput, load, accuracy,
                SentimentModel.loadDefault(ProductCatalogue.empty()).artifact());
        Path doc = root.resolve("docs/benchmarks.md");
        Files.writeString(doc, BenchmarkReport.replaceSection(Files.exists(doc) ? Files.readString(doc) : "", section));
        System.out.println(section);
    }

    /** Load time of the shipped artifact and the heap its weights and tables occupy. */
    record LoadCost(double bestMillis, double firstMillis, long heapBytes) {
        static LoadCost measure() throws IOException {
            double first = 0;
            double best = Double.MAX_VALUE;
            long heap = 0;
            for (int i = 0; i < 5; i++) {
                long before = usedHeap();
                long started = System.nanoTime();
                ScoringEngine engine;
                try (InputStream in = BenchmarkMain.class.getResourceAsStream(SentimentModel.DEFAULT_RESOURCE)) {
                    engine = new ScoringEngine(ModelArtifact.readFrom(in));
                }
                double ms = (System.nanoTime() - started) / 1e6;
                long after = usedHeap();
                if (i == 0) {
                    first = ms;
                }
                best = Math.min(best, ms);
                heap = Math.max(heap, after - before);
                if (engine.artifact() == null) {
                    throw new IllegalStateException();
                }
            }
            return new LoadCost(best, first, heap);
        }

        private static long usedHeap() {
            Runtime rt = Runtime.getRuntime();
            for (int i = 0; i < 3; i++) {
                System.gc();
            }
            return rt.totalMemory() - rt.freeMemory();
        }
    }

    /** CPU model, cores and JDK of the machine the figures come from. */
    record Machine(String cpu, int cores, String jdk) {
        static Machine describe() {
            String cpu = "unknown";
            try {
                cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                        .filter(l -> l.startsWith("model name"))
                        .map(l -> l.substring(l.indexOf(':') + 1).trim())
                        .findFirst().orElse(cpu);
            } catch (IOException ignored) {
                // not Linux: keep "unknown"
            }
            return new Machine(cpu, Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s, %d cores, %s", cpu, cores, jdk);
        }
    }
}
