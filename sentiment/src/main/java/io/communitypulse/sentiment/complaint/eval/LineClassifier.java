package io.communitypulse.sentiment.complaint.eval;

/**
 * A logistic regression over {@link LineFeatures}: how likely a member's line is complaint evidence, read with
 * no vocabulary. An experiment of the out-of-sample proxy ({@link OutOfSample}), trained in memory by
 * {@link LineTraining}; not shipped (docs/complaints.md, "How the rules were made", step 4).
 */
final class LineClassifier {
    private final float[] weights;

    LineClassifier(float[] weights) {
        if (weights.length != LineFeatures.SIZE) {
            throw new IllegalArgumentException(weights.length + " weights, expected " + LineFeatures.SIZE);
        }
        this.weights = weights.clone();
    }

    /**
     * The line's margin (log-odds of complaint evidence) in each context, indexed by {@link LineFeatures#ALONE},
     * {@link LineFeatures#AFTER_COMPLAINT}, {@link LineFeatures#AFTER_PRAISE}: one pass over the line for all three.
     */
    double[] margins(String normalised, double modelScore) {
        double[] joined = new double[LineFeatures.CONTEXTS];
        LineFeatures.extract(normalised, modelScore, (context, index, value) -> joined[context] += weights[index] * value);
        double[] margins = new double[LineFeatures.CONTEXTS];
        for (int c = 0; c < margins.length; c++) {
            margins[c] = c == LineFeatures.ALONE ? joined[c] : joined[LineFeatures.ALONE] + joined[c];
        }
        return margins;
    }

    /** Probability in (0, 1) that the line is complaint evidence in {@code context}. */
    double probability(String normalised, double modelScore, int context) {
        return 1.0 / (1.0 + Math.exp(-margins(normalised, modelScore)[context]));
    }
}
