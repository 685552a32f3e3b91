// The reference point, measured on the same files as our model: a plain multinomial naive Bayes over
// character n-grams (Laplace smoothing, no normalisation, no rules), trained on the train files as they are.
// With 1-3-grams and counts (the defaults) it gives retail_test 0.9252 and waimai_test 0.8915, the issue's
// 92.5% and 89.0%. Not part of the build; plain JDK, no class path needed. Run from the repository root:
//   java [-Dmin=1 -Dmax=3 -Dbinary=false -Dalpha=1] sentiment/tools/NaiveBayesBaseline.java TRAIN_FILE... -- TEST_FILE...
// Prints one line per test file, with the share of positive and of negative rows it gets right. Files are label<TAB>text with labels 1/0 (other rows are skipped).
// LeaveOneCategoryOut.java (beside this file) also uses it, with -Dbaseline=nb.
import java.nio.file.*;
import java.util.*;

public class NaiveBayesBaseline {
  public static void main(String[] args) throws Exception {
    int split = Arrays.asList(args).indexOf("--");
    Model model = new Model();
    for (String file : Arrays.copyOfRange(args, 0, split)) {
      for (String[] row : rows(file)) {
        model.add(row[0].equals("1"), row[1]);
      }
    }
    System.out.println(model.describe());
    for (String file : Arrays.copyOfRange(args, split + 1, args.length)) {
      long[] ok = new long[2], n = new long[2];
      for (String[] row : rows(file)) {
        int y = row[0].equals("1") ? 1 : 0;
        if (model.positive(row[1]) == (y == 1)) ok[y]++;
        n[y]++;
      }
      System.out.printf(Locale.ROOT, "%s accuracy=%.4f n=%d positives=%.4f negatives=%.4f%n", file,
          (double) (ok[0] + ok[1]) / (n[0] + n[1]), n[0] + n[1], (double) ok[1] / n[1], (double) ok[0] / n[0]);
    }
  }

  static List<String[]> rows(String file) throws Exception {
    List<String[]> rows = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of(file))) {
      String[] row = line.split("\t", 2);
      if (row.length == 2 && (row[0].equals("0") || row[0].equals("1"))) rows.add(row);
    }
    return rows;
  }

  /** Multinomial naive Bayes over character MIN..MAX-grams, Laplace-smoothed with ALPHA. */
  static final class Model {
    final int min = Integer.getInteger("min", 1), max = Integer.getInteger("max", 3);
    final boolean binary = Boolean.getBoolean("binary");
    final double alpha = Double.parseDouble(System.getProperty("alpha", "1"));
    final Map<String, long[]> counts = new HashMap<>();
    final long[] tokens = new long[2], docs = new long[2];

    void add(boolean positive, String text) {
      int y = positive ? 1 : 0;
      docs[y]++;
      for (Map.Entry<String, Integer> g : ngrams(text).entrySet()) {
        counts.computeIfAbsent(g.getKey(), k -> new long[2])[y] += g.getValue();
        tokens[y] += g.getValue();
      }
    }

    boolean positive(String text) {
      double vocabulary = counts.size();
      double[] logp = {Math.log(docs[0]), Math.log(docs[1])};
      for (Map.Entry<String, Integer> g : ngrams(text).entrySet()) {
        long[] c = counts.get(g.getKey());
        for (int y = 0; y < 2; y++) {
          logp[y] += g.getValue() * Math.log(((c == null ? 0 : c[y]) + alpha) / (tokens[y] + alpha * vocabulary));
        }
      }
      return logp[1] > logp[0];
    }

    String describe() {
      return String.format(Locale.ROOT, "naive Bayes, character %d-%d-grams%s, alpha %s, %d training rows, %d distinct n-grams",
          min, max, binary ? " (binary)" : "", alpha, docs[0] + docs[1], counts.size());
    }

    private Map<String, Integer> ngrams(String text) {
      Map<String, Integer> grams = new HashMap<>();
      int[] cps = text.codePoints().toArray();
      for (int order = min; order <= max; order++) {
        for (int i = 0; i + order <= cps.length; i++) {
          grams.merge(new String(cps, i, order), 1, (a, b) -> binary ? 1 : a + b);
        }
      }
      return grams;
    }
  }
}
