package io.communitypulse.sentiment.complaint.eval;

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
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntPredicate;

/**
 * {@code ./pulse complaints proxy}: out-of-sample estimates, on dev lines only, of the learned line classifier
 * alone and combined with rules ({@link LearnedOverride}). Today's rules were written from every dev line, so
 * only one combination is out of sample: the first-cut rules (written from the first file's dev only; their
 * verdicts kept in {@value #FIRST_CUT}) with a classifier trained on the first file's dev, scored on the second
 * file's dev. The other rows say how the classifier alone transfers (each author held out in turn, and
 * {@value #FOLDS} folds by conversation) and, marked fitted, what it does beside today's rules.
 */
final class OutOfSample {
    static final String FIRST_CUT = "data/chat/first_cut_dev_verdicts.tsv";
    /** The file the first-cut rules were not written from. */
    static final String FIRST_CUT_UNSEEN = "data/chat/complaints_voices.tsv";
    static final int FOLDS = 5;
    private static final double[] RAISE = {0.5, 0.6, 0.7, 0.8, 0.9};
    private static final double[] LOWER = {-1.0, 0.1, 0.2, 0.3};
    private static final Map<String, Set<ComplaintKind>> RAISABLE = new LinkedHashMap<>();

    static {
        RAISABLE.put("chatter", EnumSet.of(ComplaintKind.CHATTER));
        RAISABLE.put("chatter, question", EnumSet.of(ComplaintKind.CHATTER, ComplaintKind.QUESTION));
        RAISABLE.put("all but spam, +1", EnumSet.of(ComplaintKind.CHATTER, ComplaintKind.QUESTION, ComplaintKind.PRAISE,
                ComplaintKind.DEFEND, ComplaintKind.BYSTANDER_WORRY));
    }

    /** A dev line with what every recognizer needs: the normalised text, the model's score, the rules' kinds. */
    record Line(int file, LabelledLine labelled, String normalised, double score, ComplaintKind rules, ComplaintKind firstCut) {
        boolean member() {
            return labelled.member();
        }
    }

    private final PrintStream out;

    private OutOfSample(PrintStream out) {
        this.out = out;
    }

    /** The dev lines of each file, in file order, with today's rules' kinds (and the first cut's, where kept). */
    static List<List<Line>> load(Path root, List<String> files, SentimentScorer scorer) throws IOException {
        Map<String, ComplaintKind> firstCut = readVerdicts(root.resolve(FIRST_CUT));
        ConversationReplay rulesOnly = new ConversationReplay(scorer, new ComplaintRecognizer());
        List<List<Line>> byFile = new ArrayList<>();
        for (int f = 0; f < files.size(); f++) {
            List<LabelledLine> dev = LabelledLine.read(root.resolve(files.get(f))).stream()
                    .filter(line -> line.split().equals("dev")).toList();
            List<Line> lines = new ArrayList<>();
            for (ReplayedLine replayed : rulesOnly.replay(dev)) {
                LabelledLine l = replayed.line();
                lines.add(new Line(f, l, normalise(l.text()), scorer.score(l.brand(), l.text()).score(),
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

    static void run(Path root, List<String> files, SentimentScorer scorer, Path busy, PrintStream out) throws IOException {
        List<List<Line>> byFile = load(root, files, scorer);
        new OutOfSample(out).report(files, byFile);
        if (busy != null) {
            List<Line> all = new ArrayList<>();
            byFile.forEach(all::addAll);
            LineClassifier classifier = LineTraining.train(examples(all, conversations(all, Line::rules).contexts()));
            BusyGroups.audit(busy, scorer, classifier, out);
        }
    }

    private void report(List<String> files, List<List<Line>> byFile) {
        out.println("## Out-of-sample proxy (dev lines only)");
        out.println();
        out.println("Cells are precision / recall (F1) of the complaint flag. Raise: a line the rules left as one of the");
        out.println("raisable kinds counts when the classifier's p >= the row's threshold; lower: an opinion or symptom of");
        out.println("the rules does not count when p <= the column's threshold.");
        for (int held = 0; held < byFile.size(); held++) {
            List<Line> train = new ArrayList<>();
            for (int f = 0; f < byFile.size(); f++) {
                if (f != held) {
                    train.addAll(byFile.get(f));
                }
            }
            List<Line> test = byFile.get(held);
            if (files.get(held).equals(FIRST_CUT_UNSEEN)) {
                section("first-cut rules, out of sample", train, test, files.get(held), Line::firstCut);
            }
            section("today's rules, fitted to every dev line", train, test, files.get(held), Line::rules);
        }
        List<Line> all = new ArrayList<>();
        byFile.forEach(all::addAll);
        int[] contexts = conversations(all, Line::rules).contexts();
        double[] p = new double[all.size()];
        for (int fold = 0; fold < FOLDS; fold++) {
            List<Line> train = new ArrayList<>();
            List<Integer> trainAt = new ArrayList<>();
            for (int i = 0; i < all.size(); i++) {
                if (foldOf(all.get(i)) != fold) {
                    train.add(all.get(i));
                    trainAt.add(i);
                }
            }
            LineClassifier classifier = LineTraining.train(examples(train, trainAt.stream().mapToInt(i -> contexts[i]).toArray()));
            for (int i = 0; i < all.size(); i++) {
                if (foldOf(all.get(i)) == fold) {
                    p[i] = classifier.probability(all.get(i).normalised(), all.get(i).score(), contexts[i]);
                }
            }
        }
        out.println();
        out.printf("### Classifier alone, %d folds by conversation over both files' dev (contexts by today's rules)%n%n", FOLDS);
        out.println("| scored on | p >= 0.5 | p >= 0.7 |");
        out.println("|---|---:|---:|");
        for (int f = 0; f < byFile.size(); f++) {
            int file = f;
            IntPredicate inFile = i -> all.get(i).file() == file;
            out.printf("| %s | %s | %s |%n", files.get(f),
                    cell(all, i -> inFile.test(i), i -> all.get(i).member() && p[i] >= 0.5),
                    cell(all, i -> inFile.test(i), i -> all.get(i).member() && p[i] >= 0.7));
        }
        out.println();
    }

    private void section(String title, List<Line> train, List<Line> test, String scoredOn, Function<Line, ComplaintKind> kindOf) {
        int[] trainContexts = conversations(train, kindOf).contexts();
        Conversations tested = conversations(test, kindOf);
        int[] testContexts = tested.contexts();
        LineClassifier classifier = LineTraining.train(examples(train, trainContexts));
        double[] p = new double[test.size()];
        for (int i = 0; i < test.size(); i++) {
            p[i] = classifier.probability(test.get(i).normalised(), test.get(i).score(), testContexts[i]);
        }
        out.println();
        out.printf("### Scored on %s (dev), classifier trained on the other file's dev; %s%n%n", scoredOn, title);
        out.printf("rules alone: %s; classifier alone: p >= 0.5 %s, p >= 0.7 %s%n%n",
                cell(test, i -> true, i -> kindOf.apply(test.get(i)).isEvidence()),
                cell(test, i -> true, i -> test.get(i).member() && p[i] >= 0.5),
                cell(test, i -> true, i -> test.get(i).member() && p[i] >= 0.7));
        StringBuilder header = new StringBuilder("| raise | at p >= |");
        for (double lower : LOWER) {
            header.append(lower < 0 ? " no lowering |" : " lower at p <= " + lower + " |");
        }
        out.println(header);
        out.println("|---|---:|" + "---:|".repeat(LOWER.length));
        for (Map.Entry<String, Set<ComplaintKind>> set : RAISABLE.entrySet()) {
            for (double raise : RAISE) {
                StringBuilder row = new StringBuilder("| " + set.getKey() + " | " + raise + " |");
                for (double lower : LOWER) {
                    LearnedOverride override = new LearnedOverride(raise, lower, set.getValue());
                    row.append(' ').append(cell(test, i -> true, i -> override.evidence(kindOf.apply(test.get(i)), p[i], tested.mayRaise()[i]))).append(" |");
                }
                out.println(row);
            }
        }
        out.println();
        out.println("Per gold kind, the rules alone and with the candidate override (" + LearnedOverride.CANDIDATE + "): lines flagged");
        out.println();
        out.println("| gold kind | lines | rules alone | with the override |");
        out.println("|---|---:|---:|---:|");
        Map<String, int[]> byKind = new java.util.TreeMap<>();
        for (int i = 0; i < test.size(); i++) {
            int[] tally = byKind.computeIfAbsent(test.get(i).labelled().kind(), any -> new int[3]);
            ComplaintKind rules = kindOf.apply(test.get(i));
            tally[0]++;
            tally[1] += rules.isEvidence() ? 1 : 0;
            tally[2] += LearnedOverride.CANDIDATE.evidence(rules, p[i], tested.mayRaise()[i]) ? 1 : 0;
        }
        byKind.forEach((kind, t) -> out.printf("| %s | %d | %d | %d |%n", kind, t[0], t[1], t[2]));
    }

    private static String cell(List<Line> lines, IntPredicate counted, IntPredicate flagged) {
        FlagCounts counts = new FlagCounts();
        for (int i = 0; i < lines.size(); i++) {
            if (counted.test(i)) {
                counts.add(lines.get(i).labelled().complaint(), flagged.test(i));
            }
        }
        return String.format("%.3f / %.3f (%.3f)", counts.precision(), counts.recall(), counts.f1());
    }

    /** The text as the recognizer's analyser reads it: a typed {@code \\n} is a line break, then {@link TextNormaliser}. */
    static String normalise(String text) {
        return TextNormaliser.normalise(text == null ? "" : text.replace("\\n", "\n"));
    }

    private static int foldOf(Line line) {
        return Math.floorMod((line.file() + "/" + line.labelled().contextId()).hashCode(), FOLDS);
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
