package io.communitypulse.sentiment.eval;

import io.communitypulse.sentiment.SentimentLabel;
import io.communitypulse.sentiment.SentimentResult;
import io.communitypulse.sentiment.SentimentScorer;
import io.communitypulse.sentiment.train.LabelledText;
import java.util.List;
import java.util.Locale;

/**
 * A confusion matrix over gold and predicted labels, with throughput. On a file whose gold labels are
 * only positive/negative, a neutral prediction counts as the sign of the score, so binary accuracy is
 * fair to a model that may abstain; on a file with neutral gold labels all three count.
 */
public final class Evaluation {
    private final long[][] confusion = new long[3][3];
    private long nanos;

    public static Evaluation run(SentimentScorer scorer, List<LabelledText> rows) {
        boolean threeWay = rows.stream().anyMatch(r -> r.label() == SentimentLabel.NEUTRAL);
        for (int i = 0, warm = Math.min(rows.size(), 5000); i < warm; i++) {
            scorer.score(null, rows.get(i).text());
        }
        SentimentResult[] results = new SentimentResult[rows.size()];
        long started = System.nanoTime();
        for (int i = 0; i < results.length; i++) {
            results[i] = scorer.score(null, rows.get(i).text());
        }
        Evaluation e = new Evaluation();
        e.nanos = System.nanoTime() - started;
        for (int i = 0; i < results.length; i++) {
            SentimentLabel predicted = results[i].label();
            if (!threeWay && predicted == SentimentLabel.NEUTRAL) {
                predicted = results[i].score() >= 0 ? SentimentLabel.POSITIVE : SentimentLabel.NEGATIVE;
            }
            e.confusion[rows.get(i).label().ordinal()][predicted.ordinal()]++;
        }
        return e;
    }

    public void add(Evaluation other) {
        for (int g = 0; g < 3; g++) {
            for (int p = 0; p < 3; p++) {
                confusion[g][p] += other.confusion[g][p];
            }
        }
        nanos += other.nanos;
    }

    public long rows() {
        long n = 0;
        for (long[] row : confusion) {
            for (long c : row) {
                n += c;
            }
        }
        return n;
    }

    public double accuracy() {
        long correct = 0;
        for (int i = 0; i < 3; i++) {
            correct += confusion[i][i];
        }
        return rows() == 0 ? 0 : (double) correct / rows();
    }

    /** Mean F1 over the labels that occur in the gold data. */
    public double macroF1() {
        double sum = 0;
        int classes = 0;
        for (int c = 0; c < 3; c++) {
            long gold = 0;
            long predicted = 0;
            for (int k = 0; k < 3; k++) {
                gold += confusion[c][k];
                predicted += confusion[k][c];
            }
            if (gold == 0) {
                continue;
            }
            classes++;
            long tp = confusion[c][c];
            sum += tp == 0 ? 0 : 2.0 * tp / (gold + predicted);
        }
        return classes == 0 ? 0 : sum / classes;
    }

    public double messagesPerSecond() {
        return nanos == 0 ? 0 : rows() * 1e9 / nanos;
    }

    public long count(SentimentLabel gold, SentimentLabel predicted) {
        return confusion[gold.ordinal()][predicted.ordinal()];
    }

    /** Share of the rows with this gold label that were predicted right (for negatives: complaints caught). */
    public double recall(SentimentLabel gold) {
        long n = goldRows(gold);
        return n == 0 ? 0 : (double) confusion[gold.ordinal()][gold.ordinal()] / n;
    }

    /** {@code negative_recall=<r> [neutral_recall=<r>] positive_recall=<r>}, for the gold labels present. */
    public String recalls() {
        StringBuilder out = new StringBuilder();
        for (SentimentLabel gold : SentimentLabel.values()) {
            if (goldRows(gold) > 0) {
                out.append(out.isEmpty() ? "" : " ").append(gold.wireName()).append("_recall=")
                        .append(String.format(Locale.ROOT, "%.4f", recall(gold)));
            }
        }
        return out.toString();
    }

    private long goldRows(SentimentLabel gold) {
        long n = 0;
        for (long c : confusion[gold.ordinal()]) {
            n += c;
        }
        return n;
    }

    public String summary() {
        return String.format(Locale.ROOT, "accuracy=%.4f macro_f1=%.4f n=%d msgs_per_sec=%.0f",
                accuracy(), macroF1(), rows(), messagesPerSecond());
    }

}
