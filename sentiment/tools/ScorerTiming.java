// Plain timing loop behind the A/B figures and stage timings in docs/benchmarks.md and docs/sentiment.md
// (not part of the build; JMH via `./pulse bench` gives the published throughput). Per round, 2 s each:
// normalisation alone, feature extraction without and with the weight reads (on normalised text), and
// the whole scorer, in microseconds per message over the benchmark mix. Run from the repository root:
//   java -cp sentiment/target/classes:<jackson jars> sentiment/tools/ScorerTiming.java [ROUNDS]
// For an A/B of two versions, build each into its own classes directory and run them alternately.
import io.communitypulse.sentiment.*;
import io.communitypulse.sentiment.bench.BenchmarkMessages;
import io.communitypulse.sentiment.model.*;
import io.communitypulse.sentiment.text.TextNormaliser;
import java.util.*;
public class ScorerTiming {
  public static void main(String[] a) throws Exception {
    int rounds = a.length > 0 ? Integer.parseInt(a[0]) : 4;
    String[] msgs = BenchmarkMessages.load();
    String[] norm = Arrays.stream(msgs).map(TextNormaliser::normalise).toArray(String[]::new);
    SentimentScorer scorer = SentimentModel.loadDefault(ProductCatalogue.empty());
    ModelArtifact art = ModelArtifact.readFrom(SentimentModel.class.getResourceAsStream("/io/communitypulse/sentiment/model-v1.bin"));
    FeatureExtractor ex = new FeatureExtractor(art.maxOrder(), art.hashBits());
    Features f = new Features();
    float[] w = art.ngramWeights();
    long sink = 0;
    for (int round = 0; round < rounds; round++) {
      StringBuilder line = new StringBuilder("round " + round + ":");
      for (String stage : new String[] {"normalise", "extract", "extract+weights", "score"}) {
        long t0 = System.nanoTime();
        long n = 0;
        while (System.nanoTime() - t0 < 2_000_000_000L) {
          for (int i = 0; i < msgs.length; i++, n++) {
            switch (stage) {
              case "normalise" -> sink += TextNormaliser.normalise(msgs[i]).length();
              case "extract" -> { ex.extract(norm[i], f); sink += f.count(); }
              case "extract+weights" -> { ex.extract(norm[i], f, w); sink += f.count(); }
              default -> sink += scorer.score("b", msgs[i]).cues().size();
            }
          }
        }
        double micros = (System.nanoTime() - t0) / 1e3 / n;
        line.append(String.format(Locale.ROOT, "  %s %.2f us", stage, micros));
        if (stage.equals("score")) {
          line.append(String.format(Locale.ROOT, " (%,.0f msgs/s)", 1e6 / micros));
        }
      }
      System.out.println(line);
    }
    if (sink == 42) {
      System.out.println();
    }
  }
}
