package io.communitypulse.sentiment.tools;

/**
 * The split every tool shares: a row's fold is {@code floorMod(text.hashCode(), 8)}, so a row stays in its
 * fold whichever file or order it comes in; fold 0 is the validation split of {@link ValidationExperiment}.
 */
final class Folds {
    static final int COUNT = 8;

    private Folds() {
    }

    static int of(String text) {
        return Math.floorMod(text.hashCode(), COUNT);
    }
}
