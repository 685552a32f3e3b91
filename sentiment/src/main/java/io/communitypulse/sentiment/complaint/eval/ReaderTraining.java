package io.communitypulse.sentiment.complaint.eval;

import io.communitypulse.sentiment.SentimentScorer;
import io.communitypulse.sentiment.complaint.ComplaintKind;
import io.communitypulse.sentiment.complaint.ComplaintRecognizer;
import io.communitypulse.sentiment.complaint.JudgedLine;
import io.communitypulse.sentiment.complaint.LearnedReader;
import io.communitypulse.sentiment.complaint.LineClassifier;
import io.communitypulse.sentiment.complaint.LineFeatures;
import io.communitypulse.sentiment.complaint.SecondReading;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * How the {@link LearnedReader}'s classifier is trained: the dev lines of labelled files, replayed through the
 * judge with the rules alone, and every member line, as the judge hands it to a second reading ({@link JudgedLine}:
 * the rules' kind, what the line answers, flags of its thread), an example of its gold label. The pipeline's
 * reader sees the same record, so training and serving read a line alike. Test lines are never read.
 */
final class ReaderTraining {
    /** Where {@code ./pulse complaints train} writes the shipped weights, from the repository root. */
    static final String SHIPPED = "sentiment/src/main/resources/io/communitypulse/sentiment/complaint/" + LearnedReader.RESOURCE;

    /** A dev line replayed through the rules alone, and for a member's line what the judge gave a second reading. */
    record Line(LabelledLine labelled, JudgedLine judged) {
        boolean member() {
            return labelled.member();
        }
    }

    /** Records what the judge hands a second reading and changes nothing: the rules alone, seen from the reader's side. */
    private static final class Recorder implements SecondReading {
        private final List<JudgedLine> seen = new ArrayList<>();

        @Override
        public ComplaintKind reread(JudgedLine line) {
            seen.add(line);
            return line.rules();
        }
    }

    private ReaderTraining() {
    }

    /** The dev lines of each file, in file order, as the judge read them with the rules alone. */
    static List<List<Line>> load(Path root, List<String> files, SentimentScorer scorer) throws IOException {
        List<List<Line>> byFile = new ArrayList<>();
        for (String file : files) {
            Recorder recorder = new Recorder();
            List<ReplayedLine> replayed = new ConversationReplay(scorer, new ComplaintRecognizer(recorder))
                    .replay(AuthorFolds.devOnly(LabelledLine.read(root.resolve(file))));
            Iterator<JudgedLine> judged = recorder.seen.iterator();
            List<Line> lines = new ArrayList<>();
            for (ReplayedLine line : replayed) {
                lines.add(new Line(line.line(), line.line().member() ? judged.next() : null));
            }
            if (judged.hasNext()) {
                throw new IllegalStateException("the judge read more member lines than " + file + " has");
            }
            byFile.add(lines);
        }
        return byFile;
    }

    /**
     * A classifier trained on the member lines of {@code files} (each one file's lines), each file's complaints and
     * other lines weighing half each ({@link #classWeights}).
     */
    static LineClassifier train(List<List<Line>> files) {
        List<LineTraining.Example> examples = new ArrayList<>();
        for (List<Line> file : files) {
            double[] weights = classWeights(file);
            for (Line line : file) {
                if (line.member()) {
                    JudgedLine j = line.judged();
                    String normalised = LineFeatures.normalise(j.text());
                    boolean complaint = line.labelled().complaint();
                    // each line twice, once without the rules' kind: the characters must decide alone too, or the
                    // kind, right on most training lines, outweighs them where the rules read a new voice wrongly
                    for (List<String> tags : List.of(j.tags(), j.threadTags())) {
                        examples.add(new LineTraining.Example(normalised, j.analysis().modelScore(), j.context(),
                                complaint, tags, weights[complaint ? 1 : 0]));
                    }
                }
            }
        }
        return LineTraining.train(examples);
    }

    /**
     * The weights of a file's other lines and of its complaints, so that each weighs half of the file's member
     * lines. Why: authors write complaints in 15 % to 37 % of their lines, and a reader trained on their mix learns
     * that mix as its prior; each file written in real proportions then lowered the others' complaints (adding
     * u–z's dev lines cost the first thirteen authors, left out in turn, 0.017 of recall). Balanced per author,
     * the prior is the same whoever is added (docs/complaints.md, step 16).
     */
    static double[] classWeights(List<Line> file) {
        long members = file.stream().filter(Line::member).count();
        long complaints = file.stream().filter(line -> line.member() && line.labelled().complaint()).count();
        if (complaints == 0 || complaints == members) {
            return new double[] {1.0, 1.0};
        }
        return new double[] {members / (2.0 * (members - complaints)), members / (2.0 * complaints)};
    }

    /** The shipped weights as training on {@code files}' dev lines gives them, written to {@code out}. */
    static void trainShipped(Path root, List<String> files, SentimentScorer scorer, OutputStream out) throws IOException {
        train(load(root, files, scorer)).write(out);
    }

    /** Trains on the dev lines of {@link LabelledFiles#TRAINING} and writes the shipped weights into the source tree. */
    static Path writeShipped(Path root, SentimentScorer scorer) throws IOException {
        Path target = root.resolve(SHIPPED);
        Files.createDirectories(target.getParent());
        try (OutputStream out = Files.newOutputStream(target)) {
            trainShipped(root, LabelledFiles.TRAINING, scorer, out);
        }
        return target;
    }
}
