package io.communitypulse.sentiment.complaint.eval;

import io.communitypulse.sentiment.complaint.LineClassifier;
import io.communitypulse.sentiment.complaint.LineFeatures;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Trains a {@link LineClassifier}: logistic regression by AdaGrad over {@link LineFeatures}, L2-regularised,
 * each example's loss scaled by its weight, a fixed number of epochs in an order shuffled by a fixed seed, so the
 * same examples always give the same weights.
 */
final class LineTraining {
    static final int EPOCHS = 20;
    static final double LEARNING_RATE = 0.2;
    static final double L2 = 1e-5;
    private static final long SEED = 20261207L;

    /**
     * One member line: its normalised text, the sentiment model's score, its {@link LineFeatures} context, whether
     * it is complaint evidence, its tags, and how much its loss weighs.
     */
    record Example(String normalised, double modelScore, int context, boolean complaint, List<String> tags,
            double weight) {
    }

    private record Vector(int[] index, float[] value, boolean complaint, double weight) {
    }

    private LineTraining() {
    }

    static LineClassifier train(List<Example> examples) {
        List<Vector> vectors = new ArrayList<>(examples.size());
        for (Example example : examples) {
            vectors.add(vectorOf(example));
        }
        float[] weights = new float[LineFeatures.SIZE];
        float[] squares = new float[LineFeatures.SIZE];
        Random random = new Random(SEED);
        List<Integer> order = new ArrayList<>(IntStream.range(0, vectors.size()).boxed().toList());
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            Collections.shuffle(order, random);
            for (int i : order) {
                step(vectors.get(i), weights, squares);
            }
        }
        return new LineClassifier(weights);
    }

    private static void step(Vector v, float[] weights, float[] squares) {
        double margin = 0.0;
        for (int k = 0; k < v.index.length; k++) {
            margin += weights[v.index[k]] * v.value[k];
        }
        double error = (1.0 / (1.0 + StrictMath.exp(-margin)) - (v.complaint ? 1.0 : 0.0)) * v.weight;
        for (int k = 0; k < v.index.length; k++) {
            int i = v.index[k];
            double gradient = error * v.value[k] + L2 * weights[i];
            squares[i] += (float) (gradient * gradient);
            weights[i] -= (float) (LEARNING_RATE * gradient / Math.sqrt(squares[i] + 1e-8));
        }
    }

    private static Vector vectorOf(Example example) {
        List<Integer> indices = new ArrayList<>();
        List<Float> values = new ArrayList<>();
        LineFeatures.extract(example.normalised(), example.modelScore(), example.tags(), (context, index, value) -> {
            if (context == LineFeatures.ALONE || context == example.context()) {
                indices.add(index);
                values.add(value);
            }
        });
        int[] index = indices.stream().mapToInt(Integer::intValue).toArray();
        float[] value = new float[values.size()];
        for (int k = 0; k < value.length; k++) {
            value[k] = values.get(k);
        }
        return new Vector(index, value, example.complaint(), example.weight());
    }
}
