package io.communitypulse.sentiment.tools;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Multinomial naive Bayes over character MIN..MAX-grams of the raw text, Laplace-smoothed with ALPHA: the
 * issue's baseline. Options {@code -Dmin=1 -Dmax=3 -Dbinary=false -Dalpha=1} (counts of 1-3-grams, add-one).
 */
final class NaiveBayes {
    private final int min;
    private final int max;
    private final boolean binary;
    private final double alpha;
    private final Map<String, long[]> counts = new HashMap<>();
    private final long[] tokens = new long[2];
    private final long[] docs = new long[2];

    NaiveBayes(Properties options) {
        this.min = Integer.parseInt(options.getProperty("min", "1"));
        this.max = Integer.parseInt(options.getProperty("max", "3"));
        this.binary = Boolean.parseBoolean(options.getProperty("binary"));
        this.alpha = Double.parseDouble(options.getProperty("alpha", "1"));
    }

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
