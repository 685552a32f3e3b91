package io.communitypulse.sentiment.complaint.eval;

import io.communitypulse.sentiment.SentimentScorer;
import io.communitypulse.sentiment.complaint.ComplaintKind;
import io.communitypulse.sentiment.complaint.ComplaintRecognizer;
import io.communitypulse.sentiment.complaint.LearnedReader;
import io.communitypulse.sentiment.complaint.LineClassifier;
import io.communitypulse.sentiment.complaint.LineFeatures;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How the {@link LearnedReader}'s classifier is trained: the dev lines of labelled files, replayed through the
 * rules alone (each line's rules kind is a feature, and the conversation's latest stance by those kinds is its
 * context), every member line an example of its gold label. Test lines are never read.
 */
final class ReaderTraining {
    /** Where {@code ./pulse complaints train} writes the shipped weights, from the repository root. */
    static final String SHIPPED = "sentiment/src/main/resources/io/communitypulse/sentiment/complaint/" + LearnedReader.RESOURCE;

    /** A dev line replayed through the rules alone: what training and the leave-one-author-out proxy read. */
    record Line(LabelledLine labelled, String normalised, double score, ComplaintKind rules) {
        boolean member() {
            return labelled.member();
        }
    }

    private ReaderTraining() {
    }

    /** The dev lines of each file, in file order, with the rules' kinds. */
    static List<List<Line>> load(Path root, List<String> files, SentimentScorer scorer) throws IOException {
        ConversationReplay rulesOnly = new ConversationReplay(scorer, ComplaintRecognizer.rulesOnly());
        List<List<Line>> byFile = new ArrayList<>();
        for (String file : files) {
            List<LabelledLine> dev = AuthorFolds.devOnly(LabelledLine.read(root.resolve(file)));
            List<Line> lines = new ArrayList<>();
            for (ReplayedLine replayed : rulesOnly.replay(dev)) {
                LabelledLine l = replayed.line();
                lines.add(new Line(l, LineFeatures.normalise(l.text()), scorer.score(l.brand(), l.text()).score(),
                        replayed.verdict().kind()));
            }
            byFile.add(lines);
        }
        return byFile;
    }

    /**
     * Each line's {@link LineFeatures} context: the latest stance (evidence, or a member's praise) among the
     * earlier lines of its conversation. {@code lines} must be one file's, in file order: conversation ids repeat
     * across files.
     */
    static int[] contexts(List<Line> lines) {
        int[] contexts = new int[lines.size()];
        String conversation = null;
        int stance = LineFeatures.ALONE;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (!line.labelled().contextId().equals(conversation)) {
                conversation = line.labelled().contextId();
                stance = LineFeatures.ALONE;
            }
            contexts[i] = stance;
            if (line.rules().isEvidence()) {
                stance = LineFeatures.AFTER_COMPLAINT;
            } else if (line.member() && (line.rules() == ComplaintKind.PRAISE || line.rules() == ComplaintKind.PLUS_ONE_PRAISE)) {
                stance = LineFeatures.AFTER_PRAISE;
            }
        }
        return contexts;
    }

    /** A classifier trained on the member lines of {@code files} (each one file's lines). */
    static LineClassifier train(List<List<Line>> files) {
        List<LineTraining.Example> examples = new ArrayList<>();
        for (List<Line> file : files) {
            int[] contexts = contexts(file);
            for (int i = 0; i < file.size(); i++) {
                Line line = file.get(i);
                if (line.member()) {
                    examples.add(new LineTraining.Example(line.normalised(), line.score(), contexts[i],
                            line.labelled().complaint(), line.rules().wireName()));
                }
            }
        }
        return LineTraining.train(examples);
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
