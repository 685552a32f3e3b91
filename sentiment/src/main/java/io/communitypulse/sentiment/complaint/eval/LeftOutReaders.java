package io.communitypulse.sentiment.complaint.eval;

import io.communitypulse.sentiment.SentimentScorer;
import io.communitypulse.sentiment.complaint.LearnedReader;
import io.communitypulse.sentiment.complaint.LineClassifier;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Readers that never saw a file: for each labelled file, one trained on the others' dev lines as
 * {@code ./pulse complaints train} trains the shipped one. What the pipeline's cascade rule is chosen on
 * ({@code LeftOutCascades} in the pipeline's tests), since the shipped reader has read every training file's dev lines.
 */
public final class LeftOutReaders {
    private LeftOutReaders() {
    }

    /** The i-th reader was trained on every file of {@code files} but the i-th. */
    public static List<LearnedReader> of(Path root, List<String> files, SentimentScorer scorer) throws IOException {
        return classifiers(root, files, scorer).stream().map(LearnedReader::of).toList();
    }

    /** The i-th classifier was trained on every file of {@code files} but the i-th (the proxy's, {@link OutOfSample}). */
    static List<LineClassifier> classifiers(Path root, List<String> files, SentimentScorer scorer) throws IOException {
        List<LineClassifier> classifiers = new ArrayList<>(files.size());
        for (AuthorFolds.Fold<ReaderTraining.Line> fold : AuthorFolds.leaveOneOut(ReaderTraining.load(root, files, scorer))) {
            classifiers.add(ReaderTraining.train(fold.train()));
        }
        return classifiers;
    }
}
