package io.communitypulse.sentiment.bench;

import io.communitypulse.sentiment.ProductCatalogue;
import io.communitypulse.sentiment.SentimentResult;
import io.communitypulse.sentiment.SentimentScorer;
import io.communitypulse.sentiment.SentimentModel;
import io.communitypulse.sentiment.text.TextNormaliser;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Single-thread throughput, one message per operation, cycling through {@link BenchmarkMessages}.
 * {@code normaliseOnly} is the baseline measured in the same run: the floor any scorer pays.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ScorerBenchmark {
    private String[] messages;
    private SentimentScorer scorer;
    private int next;

    @Setup
    public void setUp() throws IOException {
        messages = BenchmarkMessages.load();
        scorer = SentimentModel.loadDefault(ProductCatalogue.empty());
    }

    @Benchmark
    public SentimentResult model() {
        return scorer.score("glow", nextMessage());
    }

    @Benchmark
    public String normaliseOnly() {
        return TextNormaliser.normalise(nextMessage());
    }

    private String nextMessage() {
        String m = messages[next];
        next = next + 1 == messages.length ? 0 : next + 1;
        return m;
    }
}
