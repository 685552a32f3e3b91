package io.communitypulse.sentiment.complaint.eval;

import io.communitypulse.sentiment.SentimentResult;
import io.communitypulse.sentiment.SentimentScorer;
import io.communitypulse.sentiment.complaint.ComplaintKind;
import io.communitypulse.sentiment.complaint.ComplaintRecognizer;
import io.communitypulse.sentiment.text.TextNormaliser;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * {@code ./pulse complaints proxy}: out-of-sample estimates, on dev lines only, of the learned line classifier
 * alone and as an override on the rules ({@link LearnedOverride}). Each labelled file is one author: the
 * classifier is trained on the other files' dev lines and scored on the held-out file's ({@link AuthorFolds}).
 * Today's rules were written from every dev line, so their figures beside it are fitted; what the table
 * measures is the override's change to them. One combination is out of sample throughout: the first-cut rules
 * (written from the first file's dev only; their verdicts kept in {@value #FIRST_CUT}) with a classifier
 * trained on that file's dev, scored on the second file's dev.
 */
final class OutOfSample {
    static final String FIRST_CUT = "data/chat/first_cut_dev_verdicts.tsv";
    /** The file the first-cut rules were written from. */
    static final String FIRST_CUT_SEEN = "data/chat/complaints.tsv";
    /** The file the first-cut rules were not written from. */
    static final String FIRST_CUT_UNSEEN = "data/chat/complaints_voices.tsv";
    private static final List<LearnedOverride> VARIANTS = List.of(LearnedOverride.CANDIDATE, LearnedOverride.CONSERVATIVE);

    /**
     * A dev line with what every recognizer needs: the normalised text, the model's score, whether the
     * recognizer's analysis reads it as asking, the rules' kinds (today's, and the first cut's where kept).
     */
    record Line(LabelledLine labelled, String normalised, double score, boolean asks, ComplaintKind rules, ComplaintKind firstCut) {
        boolean member() {
            return labelled.member();
        }
    }

    /** A held-out file's lines with the classifier's probability for each and the override's view of each. */
    private record Scored(List<Line> lines, double[] p, LearnedOverride.Reading[] readings) {
        Predicate<Integer> override(LearnedOverride variant) {
            return i -> variant.evidence(readings[i]);
        }
    }

    private final PrintStream out;

    private OutOfSample(PrintStream out) {
        this.out = out;
    }

    /** The dev lines of each file, in file order, with today's rules' kinds (and the first cut's, where kept). */
    static List<List<Line>> load(Path root, List<String> files, SentimentScorer scorer) throws IOException {
        Map<String, ComplaintKind> firstCut = readVerdicts(root.resolve(FIRST_CUT));
        ComplaintRecognizer recognizer = new ComplaintRecognizer();
        ConversationReplay rulesOnly = new ConversationReplay(scorer, recognizer);
        List<List<Line>> byFile = new ArrayList<>();
        for (String file : files) {
            List<LabelledLine> dev = AuthorFolds.devOnly(LabelledLine.read(root.resolve(file)));
            List<Line> lines = new ArrayList<>();
            for (ReplayedLine replayed : rulesOnly.replay(dev)) {
                LabelledLine l = replayed.line();
                SentimentResult sentiment = scorer.score(l.brand(), l.text());
                lines.add(new Line(l, normalise(l.text()), sentiment.score(), recognizer.analyse(l.text(), sentiment).asks(),
                        replayed.verdict().kind(), firstCut.get(l.id())));
            }
            byFile.add(lines);
        }
        return byFile;
    }

    /**
     * What the judge knows of each line's conversation, by the kinds {@code kindOf} gives: its {@link LineFeatures}
     * context (the latest stance, evidence or a member's praise, among the earlier lines of its conversation) and
     * whether the classifier may raise it (not straight after a staff line or after a member's spam).
     */
    record Conversations(int[] contexts, boolean[] mayRaise) {
    }

    /** {@code lines} must be one file's, in file order: conversation ids repeat across files. */
    static Conversations conversations(List<Line> lines, Function<Line, ComplaintKind> kindOf) {
        int[] contexts = new int[lines.size()];
        boolean[] mayRaise = new boolean[lines.size()];
        String conversation = null;
        int stance = LineFeatures.ALONE;
        boolean afterStaff = false;
        boolean afterSpam = false;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (!line.labelled().contextId().equals(conversation)) {
                conversation = line.labelled().contextId();
                stance = LineFeatures.ALONE;
                afterStaff = false;
                afterSpam = false;
            }
            contexts[i] = stance;
            mayRaise[i] = !afterStaff && !afterSpam;
            ComplaintKind kind = kindOf.apply(line);
            if (kind.isEvidence()) {
                stance = LineFeatures.AFTER_COMPLAINT;
            } else if (line.member() && (kind == ComplaintKind.PRAISE || kind == ComplaintKind.PLUS_ONE_PRAISE)) {
                stance = LineFeatures.AFTER_PRAISE;
            }
            afterStaff = !line.member();
            if (line.member()) {
                afterSpam = kind == ComplaintKind.SPAM;
            }
        }
        return new Conversations(contexts, mayRaise);
    }

    /** Training examples from the member lines, in their contexts. */
    static List<LineTraining.Example> examples(List<Line> lines, int[] contexts) {
        List<LineTraining.Example> examples = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.member()) {
                examples.add(new LineTraining.Example(line.normalised(), line.score(), contexts[i], line.labelled().complaint()));
            }
        }
        return examples;
    }

    /** A classifier trained on the member lines of {@code files} (each one file's lines), contexts by {@code kindOf}. */
    static LineClassifier train(List<List<Line>> files, Function<Line, ComplaintKind> kindOf) {
        List<LineTraining.Example> examples = new ArrayList<>();
        for (List<Line> file : files) {
            examples.addAll(examples(file, conversations(file, kindOf).contexts()));
        }
        return LineTraining.train(examples);
    }

    static void run(Path root, List<String> files, SentimentScorer scorer, Path busy, PrintStream out) throws IOException {
        List<List<Line>> byFile = load(root, files, scorer);
        OutOfSample report = new OutOfSample(out);
        report.leaveOneAuthorOut(files, byFile);
        report.firstCut(files, byFile);
        if (busy != null) {
            BusyGroups.audit(busy, scorer, train(byFile, Line::rules), VARIANTS, out);
        }
    }

    private void leaveOneAuthorOut(List<String> files, List<List<Line>> byFile) {
        out.println("## Leave one author out (dev lines only)");
        out.println();
        out.println("Each file is one author. The classifier is trained on the other files' dev lines and scored on the");
        out.println("held-out file's; the rules' verdicts are today's (fitted to every dev line, so only the override's change");
        out.println("to them is an estimate). Cells are precision / recall (F1) of the complaint flag.");
        out.println("(a) " + LearnedOverride.CANDIDATE + ".");
        out.println("(b) " + LearnedOverride.CONSERVATIVE + ".");
        out.println("Neither raises a line straight after staff or a member's spam. Changed: lines raised (of them gold");
        out.println("complaints) / lowered (of them gold complaints).");
        out.println();
        out.println("| held out | lines | complaints | rules | classifier alone, p >= 0.5 | rules + (a) | rules + (b) | (a) changed | (b) changed |");
        out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        List<Scored> all = new ArrayList<>();
        for (AuthorFolds.Fold<Line> fold : AuthorFolds.leaveOneOut(byFile)) {
            Scored scored = score(train(fold.train(), Line::rules), fold.scored(), Line::rules);
            all.add(scored);
            row(files.get(fold.heldOut()), List.of(scored));
        }
        row("all six, pooled", all);
        out.println();
        out.println("Per gold kind, pooled over the held-out files: lines flagged");
        out.println();
        out.println("| gold kind | lines | rules | rules + (a) | rules + (b) |");
        out.println("|---|---:|---:|---:|---:|");
        Map<String, int[]> byKind = new TreeMap<>();
        for (Scored s : all) {
            for (int i = 0; i < s.lines().size(); i++) {
                int[] tally = byKind.computeIfAbsent(s.lines().get(i).labelled().kind(), any -> new int[4]);
                tally[0]++;
                tally[1] += s.lines().get(i).rules().isEvidence() ? 1 : 0;
                tally[2] += s.override(LearnedOverride.CANDIDATE).test(i) ? 1 : 0;
                tally[3] += s.override(LearnedOverride.CONSERVATIVE).test(i) ? 1 : 0;
            }
        }
        byKind.forEach((kind, t) -> out.printf("| %s | %d | %d | %d | %d |%n", kind, t[0], t[1], t[2], t[3]));
        out.println();
    }

    private void row(String name, List<Scored> scored) {
        FlagCounts gold = counts(scored, (s, i) -> s.lines().get(i).labelled().complaint());
        out.printf("| %s | %d | %d | %s | %s | %s | %s | %s | %s |%n", name, gold.lines(), gold.complaints(),
                cell(counts(scored, (s, i) -> s.lines().get(i).rules().isEvidence())),
                cell(counts(scored, (s, i) -> s.lines().get(i).member() && s.p()[i] >= 0.5)),
                cell(counts(scored, (s, i) -> s.override(LearnedOverride.CANDIDATE).test(i))),
                cell(counts(scored, (s, i) -> s.override(LearnedOverride.CONSERVATIVE).test(i))),
                changed(scored, LearnedOverride.CANDIDATE), changed(scored, LearnedOverride.CONSERVATIVE));
    }

    private void firstCut(List<String> files, List<List<Line>> byFile) {
        int seen = files.indexOf(FIRST_CUT_SEEN);
        int unseen = files.indexOf(FIRST_CUT_UNSEEN);
        if (seen < 0 || unseen < 0) {
            return;
        }
        Scored scored = score(train(List.of(byFile.get(seen)), Line::firstCut), byFile.get(unseen), Line::firstCut);
        List<Scored> one = List.of(scored);
        out.printf("## First-cut rules, out of sample: scored on %s (dev), classifier trained on %s (dev)%n%n",
                FIRST_CUT_UNSEEN, FIRST_CUT_SEEN);
        out.printf("rules alone: %s; classifier alone, p >= 0.5: %s; rules + (a): %s; rules + (b): %s%n%n",
                cell(counts(one, (s, i) -> s.lines().get(i).firstCut().isEvidence())),
                cell(counts(one, (s, i) -> s.lines().get(i).member() && s.p()[i] >= 0.5)),
                cell(counts(one, (s, i) -> s.override(LearnedOverride.CANDIDATE).test(i))),
                cell(counts(one, (s, i) -> s.override(LearnedOverride.CONSERVATIVE).test(i))));
    }

    /** The classifier's probabilities on a held-out file's lines, in contexts and raise guards by {@code kindOf}. */
    private static Scored score(LineClassifier classifier, List<Line> lines, Function<Line, ComplaintKind> kindOf) {
        Conversations conversations = conversations(lines, kindOf);
        double[] p = new double[lines.size()];
        LearnedOverride.Reading[] readings = new LearnedOverride.Reading[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            p[i] = classifier.probability(line.normalised(), line.score(), conversations.contexts()[i]);
            readings[i] = new LearnedOverride.Reading(kindOf.apply(line), p[i], line.score(), line.asks(),
                    line.member() && conversations.mayRaise()[i]);
        }
        return new Scored(lines, p, readings);
    }

    private interface Flag {
        boolean test(Scored scored, int i);
    }

    private static FlagCounts counts(List<Scored> scored, Flag flagged) {
        FlagCounts counts = new FlagCounts();
        for (Scored s : scored) {
            for (int i = 0; i < s.lines().size(); i++) {
                counts.add(s.lines().get(i).labelled().complaint(), flagged.test(s, i));
            }
        }
        return counts;
    }

    private static String changed(List<Scored> scored, LearnedOverride variant) {
        int raised = 0;
        int raisedRight = 0;
        int lowered = 0;
        int loweredWrong = 0;
        for (Scored s : scored) {
            for (int i = 0; i < s.lines().size(); i++) {
                boolean gold = s.lines().get(i).labelled().complaint();
                if (variant.raises(s.readings()[i])) {
                    raised++;
                    raisedRight += gold ? 1 : 0;
                } else if (variant.lowers(s.readings()[i])) {
                    lowered++;
                    loweredWrong += gold ? 1 : 0;
                }
            }
        }
        return String.format("+%d (%d) / -%d (%d)", raised, raisedRight, lowered, loweredWrong);
    }

    private static String cell(FlagCounts counts) {
        return String.format("%.3f / %.3f (%.3f)", counts.precision(), counts.recall(), counts.f1());
    }

    /** The text as the recognizer's analyser reads it: a typed {@code \\n} is a line break, then {@link TextNormaliser}. */
    static String normalise(String text) {
        return TextNormaliser.normalise(text == null ? "" : text.replace("\\n", "\n"));
    }

    private static Map<String, ComplaintKind> readVerdicts(Path file) throws IOException {
        Map<String, ComplaintKind> kinds = new HashMap<>();
        for (String row : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (row.isBlank() || row.startsWith("#")) {
                continue;
            }
            String[] f = row.split("\t", -1);
            kinds.put(f[0], ComplaintKind.fromWireName(f[1]));
        }
        return kinds;
    }
}
