package io.communitypulse.sentiment.complaint.eval;

/**
 * The features of {@link LineClassifier}: character 1- to {@value #MAX_ORDER}-grams of the normalised line,
 * with its start and end as characters of their own (so 吗 at the end differs from 吗 inside), hashed into
 * {@code 2^}{@value #HASH_BITS} buckets and valued {@code 1/sqrt(count)}, then dense features from the
 * sentiment model's score. Each feature comes twice when the line has a context: once alone and once joined
 * with its context ({@link #AFTER_COMPLAINT}, {@link #AFTER_PRAISE}: what the conversation's latest stance
 * was), so 我也是 can weigh one way after a complaint and the other after praise. No vocabulary file is
 * read: these features are the same whoever wrote the lexicons, which is what lets an out-of-sample estimate
 * of the classifier mean something.
 */
final class LineFeatures {
    static final int HASH_BITS = 18;
    static final int MAX_ORDER = 3;
    /** No stance yet in the conversation (or only neutral lines). */
    static final int ALONE = 0;
    /** The conversation's latest stance is complaint evidence. */
    static final int AFTER_COMPLAINT = 1;
    /** The conversation's latest stance is a member's praise. */
    static final int AFTER_PRAISE = 2;
    static final int CONTEXTS = 3;
    private static final int DENSE = 4;
    /** Length of a weight vector: the hashed buckets, then the dense features per context. */
    static final int SIZE = (1 << HASH_BITS) + DENSE * CONTEXTS;
    private static final int MASK = (1 << HASH_BITS) - 1;
    private static final char START = '\u0002';
    private static final char END = '\u0003';
    private static final int[] CONTEXT_SEEDS = {0, 0x27d4eb2f, 0x165667b1};

    private LineFeatures() {
    }

    /** Receives each feature of a line once per occurrence, for every context at once. */
    interface Sink {
        /**
         * @param context the context the feature is joined with ({@link #ALONE} for the feature alone, which
         *     every context has)
         */
        void accept(int context, int index, float value);
    }

    /**
     * Feeds {@code sink} the features of a normalised line and the model's score in [-1, 1]: those alone and
     * those joined with each context. A line in context {@code c} has the features alone and those of {@code c}.
     */
    static void extract(String normalised, double modelScore, Sink sink) {
        int n = normalised.length();
        float value = (float) (1.0 / Math.sqrt(gramCount(n)));
        for (int i = -1; i <= n; i++) {
            int h = 0x9747b28c;
            for (int k = 0; k < MAX_ORDER && i + k <= n; k++) {
                h = (h ^ charAt(normalised, i + k)) * 0x01000193;
                for (int c = 0; c < CONTEXTS; c++) {
                    sink.accept(c, bucket(h ^ CONTEXT_SEEDS[c], k), value);
                }
            }
        }
        for (int c = 0; c < CONTEXTS; c++) {
            int dense = (1 << HASH_BITS) + DENSE * c;
            sink.accept(c, dense, 1f);
            sink.accept(c, dense + 1, (float) modelScore);
            sink.accept(c, dense + 2, (float) Math.max(0.0, -modelScore));
            sink.accept(c, dense + 3, (float) Math.max(0.0, modelScore));
        }
    }

    /** How many n-grams a line of {@code length} characters has, with its two boundary characters. */
    private static int gramCount(int length) {
        int chars = length + 2;
        int count = 0;
        for (int k = 1; k <= MAX_ORDER; k++) {
            count += Math.max(0, chars - k + 1);
        }
        return count;
    }

    private static char charAt(String text, int i) {
        if (i < 0) {
            return START;
        }
        return i >= text.length() ? END : text.charAt(i);
    }

    private static int bucket(int h, int order) {
        int x = h + order;
        x ^= x >>> 16;
        x *= 0x85ebca6b;
        x ^= x >>> 13;
        x *= 0xc2b2ae35;
        return (x ^ (x >>> 16)) & MASK;
    }
}
