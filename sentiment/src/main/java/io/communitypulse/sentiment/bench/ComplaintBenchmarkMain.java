package io.communitypulse.sentiment.bench;

import io.communitypulse.sentiment.ProductCatalogue;
import io.communitypulse.sentiment.SentimentModel;
import io.communitypulse.sentiment.complaint.ComplaintRecognizer;
import io.communitypulse.sentiment.complaint.eval.CascadeScores;
import io.communitypulse.sentiment.complaint.eval.ComplaintScores;
import io.communitypulse.sentiment.complaint.eval.ConversationReplay;
import io.communitypulse.sentiment.complaint.eval.FlagCounts;
import io.communitypulse.sentiment.complaint.eval.LabelledFiles;
import io.communitypulse.sentiment.complaint.eval.LabelledLine;
import io.communitypulse.sentiment.complaint.eval.ReplayedLine;
import io.communitypulse.sentiment.train.TrainingFiles;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.runner.RunnerException;

/**
 * {@code ./pulse complaints bench}: runs {@link ComplaintBenchmark} (about 1.5 minutes) and the dev-split
 * evaluation, and writes the "Complaint recognition" section of {@code docs/benchmarks.md}. Never reads the
 * test splits. Run from the repository root.
 */
public final class ComplaintBenchmarkMain {
    static final String BEGIN = "<!-- complaints:begin (written by ./pulse complaints bench) -->";
    static final String END = "<!-- complaints:end -->";

    private ComplaintBenchmarkMain() {
    }

    public static void run(PrintStream out) throws IOException {
        Path root = TrainingFiles.repositoryRoot(Path.of("").toAbsolutePath());
        Map<String, double[]> throughput = throughput();
        ConversationReplay replay = new ConversationReplay(SentimentModel.loadDefault(ProductCatalogue.empty()),
                new ComplaintRecognizer());
        StringBuilder s = new StringBuilder();
        s.append(BEGIN).append("\n## Complaint recognition\n\n");
        s.append("Measured ").append(LocalDate.now()).append(" on ").append(BenchmarkMain.Machine.describe()).append(".\n");
        s.append("Reproduce from the repository root: `./pulse complaints bench` (").append(JmhRun.SETTINGS).append(").\n\n");
        s.append("Dev splits only, every line fed in conversation order (`./pulse complaints eval` prints the full tables). ")
                .append("The rules were written from most of these lines (the first two files' closely, the more authors' ")
                .append("for general forms only; data/chat/more/README.md says which were never read), and the shipped ")
                .append("learned reader was trained on the dev lines of ").append(LabelledFiles.TRAINING.size())
                .append(" of the files, so those are fitted figures; only the files after them are out of sample. The ")
                .append("scorings of the test splits and of authors nobody read are in `docs/complaints.md` (steps 11 to 15).\n\n");
        s.append("| file (dev) | lines | precision | recall | F1 | cascades caught by the 3rd member | one loud member: false alarms | no complaint: false alarms |\n");
        s.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (String file : LabelledFiles.ALL) {
            List<ReplayedLine> lines = replay.replay(LabelledLine.read(root.resolve(file)).stream()
                    .filter(line -> line.split().equals("dev")).toList());
            FlagCounts flag = ComplaintScores.of(lines).overall();
            Map<CascadeScores.Shape, CascadeScores.Tally> cascades = CascadeScores.of(lines).tallies();
            s.append(String.format(Locale.ROOT, "| %s | %d | %.3f | %.3f | %.3f | %s | %s | %s |%n",
                    LabelledFiles.shortName(file), flag.lines(),
                    flag.precision(), flag.recall(), flag.f1(), tally(cascades.get(CascadeScores.Shape.CASCADE)),
                    tally(cascades.get(CascadeScores.Shape.ONE_LOUD_MEMBER)), tally(cascades.get(CascadeScores.Shape.NO_COMPLAINT))));
        }
        s.append("\n| benchmark (one chat line per operation) | msgs/s (single thread) | ± error | vs `sentiment` |\n|---|---:|---:|---:|\n");
        double reference = throughput.get("sentiment")[0];
        throughput.forEach((name, r) -> s.append(String.format(Locale.ROOT, "| %s | %,.0f | %,.0f | %.2fx |%n",
                name, r[0], r[1], r[0] / reference)));
        List<double[]> rounds = sideBySide();
        double[] ratios = rounds.stream().mapToDouble(r -> r[1] / r[0]).sorted().toArray();
        s.append(String.format(Locale.ROOT, "%nSide by side (the same lines, %d alternating rounds of %d s of `sentiment` and of "
                        + "`sentimentAndRecognition`, after one warm-up round each): median ratio **%.2f** (%.2f..%.2f), "
                        + "median %,.0f and %,.0f msgs/s.%n",
                ROUNDS, ROUND_SECONDS, AlternatingTiming.medianRatio(rounds), ratios[0], ratios[ratios.length - 1],
                median(rounds, 0), median(rounds, 1)));
        s.append("\n`sentiment` is the sentiment scorer alone, measured in the same run; `analyse` and `judge` are the two halves of ")
                .append("recognition on a line already scored (what the enrich stage and the per-group detector add); ")
                .append("`recognise` is both; `sentimentAndRecognition` the whole cost per message. JMH runs them one after ")
                .append("another, so on a shared machine their absolute figures move with its load; the side-by-side ratio is the ")
                .append("figure to compare.\n");
        s.append(END).append('\n');
        Path doc = root.resolve("docs/benchmarks.md");
        Files.writeString(doc, BenchmarkReport.replaceSection(Files.exists(doc) ? Files.readString(doc) : "", s.toString(),
                BEGIN, END));
        out.println(s);
    }

    private static final int ROUNDS = 12;
    private static final int ROUND_SECONDS = 2;

    /** Per round, msgs/s of the scorer alone and of the scorer followed by both halves of recognition. */
    private static List<double[]> sideBySide() throws IOException {
        ComplaintBenchmark lines = new ComplaintBenchmark();
        lines.setUp();
        return new AlternatingTiming(ROUNDS, ROUND_SECONDS * 1_000_000_000L).run(lines.size(),
                lines::sentimentOf, lines::sentimentAndRecognitionOf);
    }

    private static double median(List<double[]> rounds, int column) {
        return AlternatingTiming.median(rounds.stream().mapToDouble(r -> r[column]).toArray());
    }

    private static String tally(CascadeScores.Tally tally) {
        return tally.fired() + "/" + tally.conversations();
    }

    private static Map<String, double[]> throughput() {
        try {
            return JmhRun.throughput(ComplaintBenchmark.class);
        } catch (RunnerException e) {
            throw new IllegalStateException("the complaint benchmark failed: " + e.getMessage(), e);
        }
    }
}
