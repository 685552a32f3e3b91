package io.communitypulse.sentiment.train;

import io.communitypulse.sentiment.SentimentLabel;
import io.communitypulse.sentiment.model.FeatureExtractor;
import io.communitypulse.sentiment.model.Features;
import io.communitypulse.sentiment.model.ModelArtifact;
import io.communitypulse.sentiment.text.TextNormaliser;
import java.util.List;
import java.util.Random;

/**
 * NB-weighted logistic regression (Wang &amp; Manning's NBSVM idea, with a logistic loss): each n-gram
 * is scaled by its naive-Bayes log-count ratio, then weights are learned with AdaGrad and a light L2
 * penalty, in a seeded shuffled order, so the same data and seed give the same artifact. Rows labelled
 * neutral are skipped: the model is binary and neutral is decided from its confidence and rules.
 */
public final class Trainer {
    private final TrainingOptions options;

    public Trainer(TrainingOptions options) {
        this.options = options;
    }

    public ModelArtifact train(List<LabelledText> rows, String dataSha256) {
        FeatureExtractor extractor = new FeatureExtractor(options.maxOrder(), options.hashBits());
        Encoded data = encode(rows, extractor);
        int buckets = 1 << options.hashBits();
        float[] ratio = nbRatios(data, buckets);
        // an ensemble of runs with seeds seed, seed+1, ...: averaging their weights averages their logits
        float[] w = new float[buckets];
        float[] v = new float[Features.DENSE_NAMES.length];
        int runs = Math.max(1, options.ensemble());
        for (int run = 0; run < runs; run++) {
            float[][] one = trainOnce(data, ratio, options.seed() + run);
            for (int j = 0; j < buckets; j++) {
                w[j] += one[0][j] / runs;
            }
            for (int k = 0; k < v.length; k++) {
                v[k] += one[1][k] / runs;
            }
        }
        return new ModelArtifact(options.modelVersion(), dataSha256, options.seed(), data.size,
                options.maxOrder(), options.hashBits(), v, w);
    }

    /** One seeded run; returns the n-gram weights (already scaled by the NB ratios) and the dense weights. */
    private float[][] trainOnce(Encoded data, float[] ratio, long seed) {
        int buckets = ratio.length;
        float[] w = new float[buckets];
        float[] gw = new float[buckets];
        float[] v = new float[Features.DENSE_NAMES.length];
        float[] gv = new float[v.length];
        Random random = new Random(seed);
        int[] order = new int[data.size];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        boolean[] dropped = new boolean[1024];
        // averaged weights (Polyak averaging, lazy form): avg = w - u / steps, u accumulating step * update
        float[] uw = options.averaged() ? new float[buckets] : null;
        float[] uv = options.averaged() ? new float[v.length] : null;
        long step = 1;
        for (int epoch = 0; epoch < options.epochs(); epoch++) {
            shuffle(order, random);
            for (int doc : order) {
                int[] idx = data.index[doc];
                float[] val = data.value[doc];
                float[] dense = data.dense[doc];
                if (dropped.length < idx.length) {
                    dropped = new boolean[idx.length * 2];
                }
                double z = 0;
                for (int k = 0; k < idx.length; k++) {
                    dropped[k] = random.nextFloat() < options.ngramDropout();
                    if (!dropped[k]) {
                        z += w[idx[k]] * ratio[idx[k]] * val[k];
                    }
                }
                for (int k = 0; k < v.length; k++) {
                    z += v[k] * dense[k];
                }
                float g = (float) (sigmoid(z) - data.label[doc]);
                for (int k = 0; k < idx.length; k++) {
                    if (!dropped[k]) {
                        int j = idx[k];
                        float grad = g * ratio[j] * val[k] + options.l2() * w[j];
                        gw[j] += grad * grad;
                        float delta = options.learningRate() * grad / (float) Math.sqrt(gw[j] + 1e-8f);
                        w[j] -= delta;
                        if (uw != null) {
                            uw[j] -= step * delta;
                        }
                    }
                }
                for (int k = 0; k < v.length; k++) {
                    float grad = g * dense[k];
                    gv[k] += grad * grad;
                    float delta = options.learningRate() * grad / (float) Math.sqrt(gv[k] + 1e-8f);
                    v[k] -= delta;
                    if (uv != null) {
                        uv[k] -= step * delta;
                    }
                }
                step++;
            }
        }
        if (uw != null) {
            for (int j = 0; j < buckets; j++) {
                w[j] -= uw[j] / step;
            }
            for (int k = 0; k < v.length; k++) {
                v[k] -= uv[k] / step;
            }
        }
        for (int j = 0; j < buckets; j++) {
            // the learned weight scales the NB ratio; nbBlend adds a share of plain naive Bayes on top
            w[j] = w[j] * ratio[j] + options.nbBlend() * ratio[j];
        }
        return new float[][] {w, v};
    }

    private float[] nbRatios(Encoded data, int buckets) {
        float[] pos = new float[buckets];
        float[] neg = new float[buckets];
        for (int doc = 0; doc < data.size; doc++) {
            float[] counts = data.label[doc] == 1 ? pos : neg;
            for (int j : data.index[doc]) {
                counts[j] += 1f;
            }
        }
        double posTotal = 0;
        double negTotal = 0;
        for (int j = 0; j < buckets; j++) {
            posTotal += pos[j] + options.nbAlpha();
            negTotal += neg[j] + options.nbAlpha();
        }
        float[] ratio = new float[buckets];
        for (int j = 0; j < buckets; j++) {
            ratio[j] = (float) Math.log(((pos[j] + options.nbAlpha()) / posTotal)
                    / ((neg[j] + options.nbAlpha()) / negTotal));
        }
        return ratio;
    }

    private static Encoded encode(List<LabelledText> rows, FeatureExtractor extractor) {
        List<LabelledText> binary = rows.stream().filter(r -> r.label() != SentimentLabel.NEUTRAL).toList();
        Encoded data = new Encoded(binary.size());
        Features features = new Features();
        for (int doc = 0; doc < binary.size(); doc++) {
            extractor.extract(TextNormaliser.normalise(binary.get(doc).text()), features);
            int n = features.count();
            int[] idx = new int[n];
            float[] val = new float[n];
            for (int k = 0; k < n; k++) {
                idx[k] = features.index(k);
                val[k] = features.value(k);
            }
            float[] dense = new float[Features.DENSE_NAMES.length];
            for (int k = 0; k < dense.length; k++) {
                dense[k] = features.dense(k);
            }
            data.index[doc] = idx;
            data.value[doc] = val;
            data.dense[doc] = dense;
            data.label[doc] = binary.get(doc).label() == SentimentLabel.POSITIVE ? 1 : 0;
        }
        return data;
    }

    private static void shuffle(int[] order, Random random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }

    private static double sigmoid(double z) {
        return 1.0 / (1.0 + Math.exp(-z));
    }

    private static final class Encoded {
        final int size;
        final int[][] index;
        final float[][] value;
        final float[][] dense;
        final int[] label;

        Encoded(int size) {
            this.size = size;
            this.index = new int[size][];
            this.value = new float[size][];
            this.dense = new float[size][];
            this.label = new int[size];
        }
    }

}
