package io.communitypulse.sentiment.complaint;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A logistic regression over {@link LineFeatures}: how likely a member's line is complaint evidence. Trained
 * offline from the labelled chat's dev lines ({@code ./pulse complaints train}); {@link LearnedReader} reads
 * it in the judge. Its weights travel as a gzipped file of big-endian floats behind a small header.
 */
public final class LineClassifier {
    private static final int MAGIC = 0x43504c43; // "CPLC"
    private final float[] weights;

    public LineClassifier(float[] weights) {
        if (weights.length != LineFeatures.SIZE) {
            throw new IllegalArgumentException(weights.length + " weights, expected " + LineFeatures.SIZE);
        }
        this.weights = weights.clone();
    }

    /**
     * The line's margin (log-odds of complaint evidence) in each context, indexed by {@link LineFeatures#ALONE},
     * {@link LineFeatures#AFTER_COMPLAINT}, {@link LineFeatures#AFTER_PRAISE}: one pass over the line for all three.
     */
    public double[] margins(String normalised, double modelScore, List<String> tags) {
        double[] joined = new double[LineFeatures.CONTEXTS];
        LineFeatures.extract(normalised, modelScore, tags, (context, index, value) -> joined[context] += weights[index] * value);
        double[] margins = new double[LineFeatures.CONTEXTS];
        for (int c = 0; c < margins.length; c++) {
            margins[c] = c == LineFeatures.ALONE ? joined[c] : joined[LineFeatures.ALONE] + joined[c];
        }
        return margins;
    }

    /** Probability in (0, 1) that the line, with its {@code tags}, is complaint evidence in {@code context}. */
    public double probability(String normalised, double modelScore, List<String> tags, int context) {
        return 1.0 / (1.0 + Math.exp(-margins(normalised, modelScore, tags)[context]));
    }

    public void write(OutputStream out) throws IOException {
        GZIPOutputStream zipped = new GZIPOutputStream(out);
        DataOutputStream data = new DataOutputStream(zipped);
        data.writeInt(MAGIC);
        data.writeInt(weights.length);
        for (float w : weights) {
            data.writeFloat(w);
        }
        data.flush();
        zipped.finish();
    }

    public static LineClassifier read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in)));
        if (data.readInt() != MAGIC) {
            throw new IOException("not a line classifier's weights");
        }
        int size = data.readInt();
        if (size != LineFeatures.SIZE) {
            throw new IOException(size + " weights, expected " + LineFeatures.SIZE + ": retrain with ./pulse complaints train");
        }
        float[] weights = new float[size];
        for (int i = 0; i < size; i++) {
            weights[i] = data.readFloat();
        }
        return new LineClassifier(weights);
    }
}
