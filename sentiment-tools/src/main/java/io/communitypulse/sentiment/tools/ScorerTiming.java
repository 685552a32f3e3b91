package io.communitypulse.sentiment.tools;

import io.communitypulse.sentiment.ProductCatalogue;
import io.communitypulse.sentiment.SentimentModel;
import io.communitypulse.sentiment.SentimentScorer;
import io.communitypulse.sentiment.bench.BenchmarkMessages;
import io.communitypulse.sentiment.model.FeatureExtractor;
import io.communitypulse.sentiment.model.Features;
import io.communitypulse.sentiment.model.ModelArtifact;
import io.communitypulse.sentiment.text.TextNormaliser;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Plain timing loop behind the A/B figures and stage timings in docs/benchmarks.md and docs/sentiment.md (JMH via
 * {@code ./pulse bench} gives the published throughput). Per round, 2 s each: normalisation alone, feature
 * extraction without and with the weight reads (on normalised text), and the whole scorer, in microseconds per
 * message over the benchmark mix. Run from the repository root:
 * <pre>
 * ./pulse sentiment tool ScorerTiming [ROUNDS]
 * </pre>
 * For an A/B of two versions, build each into its own classes directory and run them alternately, or use
 * {@link SideBySideTiming}.
 */
public final class ScorerTiming {
    static final List<String> STAGES = List.of("normalise", "extract", "extract+weights", "score");
    private static final long STAGE_NANOS = 2_000_000_000L;
    /** Where the loops' results go, so the JIT cannot drop the work as unused. */
    static volatile long consumed;

    private ScorerTiming() {
    }

    public static void main(String[] args) throws IOException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 4;
        run(BenchmarkMessages.load(), rounds, STAGE_NANOS, System.out);
    }

    /** One line per round: each stage's microseconds per message over {@code messages}, timed for {@code stageNanos}. */
    static void run(String[] messages, int rounds, long stageNanos, PrintStream out) throws IOException {
        String[] normalised = Arrays.stream(messages).map(TextNormaliser::normalise).toArray(String[]::new);
        SentimentScorer scorer = SentimentModel.loadDefault(ProductCatalogue.empty());
        ModelArtifact artifact;
        try (InputStream in = SentimentModel.class.getResourceAsStream(SentimentModel.DEFAULT_RESOURCE)) {
            artifact = ModelArtifact.readFrom(in);
        }
        FeatureExtractor extractor = new FeatureExtractor(artifact.maxOrder(), artifact.hashBits());
        Features features = new Features();
        float[] weights = artifact.ngramWeights();
        long sink = 0;
        for (int round = 0; round < rounds; round++) {
            StringBuilder line = new StringBuilder("round " + round + ":");
            for (String stage : STAGES) {
                long started = System.nanoTime();
                long n = 0;
                while (System.nanoTime() - started < stageNanos) {
                    for (int i = 0; i < messages.length; i++, n++) {
                        switch (stage) {
                            case "normalise" -> sink += TextNormaliser.normalise(messages[i]).length();
                            case "extract" -> {
                                extractor.extract(normalised[i], features);
                                sink += features.count();
                            }
                            case "extract+weights" -> {
                                extractor.extract(normalised[i], features, weights);
                                sink += features.count();
                            }
                            default -> sink += scorer.score("b", messages[i]).cues().size();
                        }
                    }
                }
                double micros = (System.nanoTime() - started) / 1e3 / n;
                line.append(String.format(Locale.ROOT, "  %s %.2f us", stage, micros));
                if (stage.equals("score")) {
                    line.append(String.format(Locale.ROOT, " (%,.0f msgs/s)", 1e6 / micros));
                }
            }
            out.println(line);
        }
        consumed = sink;
    }
}
