package io.communitypulse.sentiment.complaint.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * Leave one author out: each labelled file is by one author, so holding a file out and training on the others
 * estimates how a learned reader carries to a voice it never saw. Only dev lines enter a fold; test lines are
 * neither trained on nor scored.
 */
final class AuthorFolds {

    /**
     * One fold: the file held out, the other files' lines to train on (each file on its own, in file order, so
     * conversations never run across files), and the held-out file's lines to score.
     */
    record Fold<T>(int heldOut, List<List<T>> train, List<T> scored) {
    }

    private AuthorFolds() {
    }

    /** One fold per file, in file order; needs at least two files. */
    static <T> List<Fold<T>> leaveOneOut(List<List<T>> byFile) {
        if (byFile.size() < 2) {
            throw new IllegalArgumentException("leave one author out needs at least two files, got " + byFile.size());
        }
        List<Fold<T>> folds = new ArrayList<>(byFile.size());
        for (int held = 0; held < byFile.size(); held++) {
            List<List<T>> train = new ArrayList<>(byFile.size() - 1);
            for (int f = 0; f < byFile.size(); f++) {
                if (f != held) {
                    train.add(List.copyOf(byFile.get(f)));
                }
            }
            folds.add(new Fold<>(held, List.copyOf(train), List.copyOf(byFile.get(held))));
        }
        return List.copyOf(folds);
    }

    /** The dev lines of a file, in file order: the only lines a fold may read. */
    static List<LabelledLine> devOnly(List<LabelledLine> lines) {
        return lines.stream().filter(line -> line.split().equals("dev")).toList();
    }
}
