package io.communitypulse.sentiment.bench;

import io.communitypulse.sentiment.eval.Evaluation;
import io.communitypulse.sentiment.model.ModelArtifact;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

/** Renders the "Sentiment" section of docs/benchmarks.md and splices it in between its markers. */
final class BenchmarkReport {
    static final String BEGIN = "<!-- sentiment:begin (written by io.communitypulse.sentiment.bench.BenchmarkMain) -->";
    static final String END = "<!-- sentiment:end -->";

    private BenchmarkReport() {
    }

    static String render(LocalDate date, Object machine, String[] mix, Map<String, double[]> throughput,
            BenchmarkMain.LoadCost load, Map<String, Evaluation> accuracy, ModelArtifact artifact) {
        StringBuilder s = new StringBuilder();
        s.append(BEGIN).append("\n## Sentiment\n\n");
        s.append("Measured ").append(date).append(" on ").append(machine).append(".\n");
        s.append("Reproduce from the repository root: `./pulse bench`")
                .append(" (JMH, 1 fork, 3x2 s warm-up, 5x3 s measurement, 1 thread).\n\n");
        s.append(String.format(Locale.ROOT,
                "Message mix: %d messages (chat set + waimai_test + first %d rows of retail_test), mean %.1f chars.%n%n",
                mix.length, BenchmarkMessages.RETAIL_ROWS, BenchmarkMessages.meanLength(mix)));
        s.append("| benchmark | msgs/s (single thread) | ± error | vs baseline |\n|---|---:|---:|---:|\n");
        double baseline = throughput.getOrDefault("normaliseOnly", new double[] {Double.NaN})[0];
        throughput.forEach((name, r) -> s.append(String.format(Locale.ROOT, "| %s | %,.0f | %,.0f | %.2fx |%n",
                name, r[0], r[1], r[0] / baseline)));
        s.append("\n`normaliseOnly` is the baseline measured in the same run (text normalisation alone, the floor of any scorer).\n\n");
        s.append(String.format(Locale.ROOT,
                "Model %s (artifact format %d, %d training rows, seed %d, data sha256 `%s`): load %.0f ms first, %.0f ms best of 5; "
                        + "heap of weights and tables %.1f MB.%n%n",
                artifact.modelVersion(), ModelArtifact.FORMAT_VERSION, artifact.trainingRows(), artifact.seed(),
                artifact.trainingDataSha256().substring(0, 12), load.firstMillis(), load.bestMillis(),
                load.heapBytes() / 1e6));
        s.append("| file | accuracy | macro F1 | n | msgs/s (eval loop) |\n|---|---:|---:|---:|---:|\n");
        accuracy.forEach((file, e) -> s.append(String.format(Locale.ROOT, "| %s | %.4f | %.4f | %d | %,.0f |%n",
                file, e.accuracy(), e.macroF1(), e.rows(), e.messagesPerSecond())));
        s.append("\nBinary files: a neutral prediction counts as the sign of its score; the chat sets use all three labels (chat_holdout was written before the v3 tuning and never tuned on).\n");
        s.append(END).append('\n');
        return s.toString();
    }

    static String replaceSection(String document, String section) {
        return replaceSection(document, section, BEGIN, END);
    }

    /** Puts {@code section} in place of the text between the two markers, or at the end when they are missing. */
    static String replaceSection(String document, String section, String beginMarker, String endMarker) {
        int begin = document.indexOf(beginMarker);
        int end = document.indexOf(endMarker);
        if (begin >= 0 && end > begin) {
            return document.substring(0, begin) + section + document.substring(end + endMarker.length()).replaceFirst("^\n", "");
        }
        String prefix = document.isEmpty() ? "# Benchmarks\n\n" : document.endsWith("\n") ? document + "\n" : document + "\n\n";
        return prefix + section;
    }
}
