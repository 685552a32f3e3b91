package io.communitypulse.sentiment.complaint.eval;

import io.communitypulse.sentiment.SentimentScorer;
import io.communitypulse.sentiment.complaint.ComplaintRecognizer;
import io.communitypulse.sentiment.complaint.LearnedReader;
import io.communitypulse.sentiment.complaint.LineClassifier;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code ./pulse complaints proxy}: out-of-sample estimates of the {@link LearnedReader}. Each labelled file is
 * one author. Leave one author out: the reader is trained on the other training files' dev lines, and the
 * held-out file's dev lines are replayed through the rules alone and through the rules with that reader. With
 * {@code --held-out}, the files named are left out of training and scored on every line (for authors whose
 * lines nobody read). The rules were written from the training files' dev lines, so their figures there are
 * fitted; what the proxy estimates is what the reader adds on a voice it never saw.
 */
final class OutOfSample {
    private final Path root;
    private final SentimentScorer scorer;
    private final PrintStream out;

    private OutOfSample(Path root, SentimentScorer scorer, PrintStream out) {
        this.root = root;
        this.scorer = scorer;
        this.out = out;
    }

    /** The two replays of one held-out file's lines. */
    private record Compared(List<ReplayedLine> rules, List<ReplayedLine> withReader) {
    }

    static void run(Path root, List<String> training, List<String> heldOut, SentimentScorer scorer, Path busy, PrintStream out)
            throws IOException {
        OutOfSample report = new OutOfSample(root, scorer, out);
        if (heldOut.isEmpty()) {
            report.leaveOneAuthorOut(training);
        } else {
            report.heldOut(training, heldOut);
        }
        if (busy != null) {
            BusyGroups.audit(busy, scorer, out);
        }
    }

    private void leaveOneAuthorOut(List<String> files) throws IOException {
        out.println("## Leave one author out (dev lines only)");
        out.println();
        out.println("Each file is one author. The learned reader is trained on the other files' dev lines; the held-out");
        out.println("file's dev lines are replayed through the rules alone and through the rules with that reader. Cells are");
        out.println("precision / recall (F1) of the complaint flag; cascades: conversations of three or more complaining members");
        out.println("where the three-member rule fired by the third, and rule firings in conversations that are not cascades.");
        out.println();
        header();
        List<LineClassifier> leftOut = LeftOutReaders.classifiers(root, files, scorer);
        List<Compared> all = new ArrayList<>();
        for (int held = 0; held < files.size(); held++) {
            String file = files.get(held);
            Compared compared = compare(leftOut.get(held), AuthorFolds.devOnly(LabelledLine.read(root.resolve(file))));
            all.add(compared);
            row(LabelledFiles.shortName(file), List.of(compared));
        }
        row("all, pooled", all);
        byKind(all);
    }

    private void heldOut(List<String> training, List<String> heldOut) throws IOException {
        List<String> trainOn = training.stream().filter(file -> !heldOut.contains(file)).toList();
        out.println("## Held out: every line (dev and test) of files left out of training");
        out.println();
        out.printf("The learned reader is trained on the dev lines of %s.%n%n", String.join(", ", trainOn));
        header();
        LineClassifier classifier = ReaderTraining.train(ReaderTraining.load(root, trainOn, scorer));
        List<Compared> all = new ArrayList<>();
        for (String file : heldOut) {
            Compared compared = compare(classifier, LabelledLine.read(root.resolve(file)));
            all.add(compared);
            row(LabelledFiles.shortName(file), List.of(compared));
        }
        row("all, pooled", all);
        byKind(all);
    }

    private Compared compare(LineClassifier classifier, List<LabelledLine> lines) {
        List<ReplayedLine> rules = new ConversationReplay(scorer, ComplaintRecognizer.rulesOnly()).replay(lines);
        List<ReplayedLine> withReader = new ConversationReplay(scorer, new ComplaintRecognizer(LearnedReader.of(classifier)))
                .replay(lines);
        return new Compared(rules, withReader);
    }

    private void header() {
        out.println("| held out | lines | complaints | rules alone | rules + reader | cascades caught, rules / + reader "
                + "| false cascades, rules / + reader | raised (gold complaints) | lowered (gold complaints) |");
        out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
    }

    /** Cascades of one recognizer over some files: caught by the third member, and fired where there is none. */
    private static final class CascadeTally {
        int cascades;
        int caught;
        int falseAlarms;

        /** Adds one file's conversations (per file: conversation ids repeat across files). */
        void add(List<ReplayedLine> file) {
            CascadeScores.of(file).tallies().forEach((shape, tally) -> {
                if (shape == CascadeScores.Shape.CASCADE) {
                    cascades += tally.conversations();
                    caught += tally.fired();
                } else {
                    falseAlarms += tally.fired();
                }
            });
        }
    }

    private void row(String name, List<Compared> compared) {
        List<ReplayedLine> rules = new ArrayList<>();
        List<ReplayedLine> withReader = new ArrayList<>();
        int raised = 0;
        int raisedRight = 0;
        int lowered = 0;
        int loweredWrong = 0;
        CascadeTally rulesCascades = new CascadeTally();
        CascadeTally readerCascades = new CascadeTally();
        for (Compared c : compared) {
            rules.addAll(c.rules());
            withReader.addAll(c.withReader());
            for (int i = 0; i < c.rules().size(); i++) {
                boolean before = c.rules().get(i).flagged();
                boolean after = c.withReader().get(i).flagged();
                boolean gold = c.rules().get(i).line().complaint();
                if (after && !before) {
                    raised++;
                    raisedRight += gold ? 1 : 0;
                } else if (before && !after) {
                    lowered++;
                    loweredWrong += gold ? 1 : 0;
                }
            }
            rulesCascades.add(c.rules());
            readerCascades.add(c.withReader());
        }
        FlagCounts gold = ComplaintScores.of(rules).overall();
        out.printf("| %s | %d | %d | %s | %s | %d / %d of %d | %d / %d | +%d (%d) | -%d (%d) |%n", name, gold.lines(), gold.complaints(),
                cell(gold), cell(ComplaintScores.of(withReader).overall()), rulesCascades.caught, readerCascades.caught,
                rulesCascades.cascades, rulesCascades.falseAlarms, readerCascades.falseAlarms, raised, raisedRight, lowered,
                loweredWrong);
    }

    private void byKind(List<Compared> all) {
        out.println();
        out.println("Per gold kind, pooled: lines flagged");
        out.println();
        out.println("| gold kind | lines | rules alone | rules + reader |");
        out.println("|---|---:|---:|---:|");
        Map<String, int[]> byKind = new TreeMap<>();
        for (Compared c : all) {
            for (int i = 0; i < c.rules().size(); i++) {
                int[] tally = byKind.computeIfAbsent(c.rules().get(i).line().kind(), any -> new int[3]);
                tally[0]++;
                tally[1] += c.rules().get(i).flagged() ? 1 : 0;
                tally[2] += c.withReader().get(i).flagged() ? 1 : 0;
            }
        }
        byKind.forEach((kind, t) -> out.printf("| %s | %d | %d | %d |%n", kind, t[0], t[1], t[2]));
        out.println();
    }

    private static String cell(FlagCounts counts) {
        return String.format("%.3f / %.3f (%.3f)", counts.precision(), counts.recall(), counts.f1());
    }
}
