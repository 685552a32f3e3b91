package io.communitypulse.sentiment.model;

import java.util.Arrays;

/**
 * The features of one message: distinct hashed character n-grams with their value and first
 * position (for cues), and the dense rule features. Mutable scratch, reused per thread.
 */
public final class Features {
    /** Dense rule features, in weight order. */
    public static final String[] DENSE_NAMES = {
        "bias", "lexicon_positive", "lexicon_negative", "negated_positive", "negated_negative",
        "question", "repeated_question", "exclamation", "contrast"
    };
    static final int DENSE = DENSE_NAMES.length;

    int count;
    int[] index = new int[256];
    float[] value = new float[256];
    /** The model's weight of each feature when extracted for scoring (read once, after hashing: {@link #gatherWeights}), else 0. */
    float[] weight = new float[256];
    int[] start = new int[256];
    byte[] length = new byte[256];
    final float[] dense = new float[DENSE];
    final RuleEvidence evidence = new RuleEvidence();

    private int[] slotOf = new int[1024];
    private int[] stampOf = new int[1024];
    private int stamp;

    void reset(int expected) {
        count = 0;
        Arrays.fill(dense, 0f);
        if (expected * 2 > slotOf.length) {
            int size = Integer.highestOneBit(expected * 2) << 1;
            slotOf = new int[size];
            stampOf = new int[size];
            stamp = 0;
        }
        stamp++;
        if (stamp == Integer.MAX_VALUE) {
            Arrays.fill(stampOf, 0);
            stamp = 1;
        }
    }

    /** Adds a hashed feature; a repeat keeps the larger value (binary presence, not counts). */
    void add(int featureIndex, float featureValue, int position, int ngramLength) {
        int mask = slotOf.length - 1;
        int h = featureIndex & mask;
        while (stampOf[h] == stamp) {
            int slot = slotOf[h];
            if (index[slot] == featureIndex) {
                value[slot] = Math.max(value[slot], featureValue);
                return;
            }
            h = (h + 1) & mask;
        }
        if (count == index.length) {
            grow();
        }
        stampOf[h] = stamp;
        slotOf[h] = count;
        index[count] = featureIndex;
        value[count] = featureValue;
        start[count] = position;
        length[count] = (byte) ngramLength;
        count++;
    }

    /**
     * Reads each feature's weight from the (cache-missing) table in one tight loop of independent loads,
     * which the CPU overlaps; interleaved with hashing they waited one after another.
     */
    void gatherWeights(float[] weights) {
        if (weights == null) {
            Arrays.fill(weight, 0, count, 0f);
            return;
        }
        for (int k = 0; k < count; k++) {
            weight[k] = weights[index[k]];
        }
    }

    public int count() {
        return count;
    }

    public int index(int i) {
        return index[i];
    }

    public float value(int i) {
        return value[i];
    }

    public float dense(int i) {
        return dense[i];
    }

    private void grow() {
        int size = index.length * 2;
        index = Arrays.copyOf(index, size);
        value = Arrays.copyOf(value, size);
        weight = Arrays.copyOf(weight, size);
        start = Arrays.copyOf(start, size);
        length = Arrays.copyOf(length, size);
    }
}
