package io.communitypulse.sentiment.complaint;

import io.communitypulse.sentiment.text.TextNormaliser;
import java.util.List;

/**
 * The features of {@link LineClassifier}: tags of the line (the rules' kind, flags of its thread; each a feature of
 * its own), then
 * character 1- to {@value #MAX_ORDER}-grams of the normalised line,
 * with its start and end as characters of their own (so 吗 at the end differs from 吗 inside), hashed into
 * {@code 2^}{@value #HASH_BITS} buckets and valued {@code 1/sqrt(count)}, then dense features from the
 * sentiment model's score. Each feature comes twice when the line has a context: once alone and once joined
 * with its context ({@link #AFTER_COMPLAINT}, {@link #AFTER_PRAISE}: what the conversation's latest stance
 * was), so 我也是 can weigh one way after a complaint and the other after praise. No vocabulary file is
 * read beyond the rules' kind: the n-grams are the same whoever wrote the lexicons.
 */
public final class LineFeatures {
    public static final int HASH_BITS = 18;
    static final int MAX_ORDER = 3;
    /** No stance yet in the conversation (or only neutral lines). */
    public static final int ALONE = 0;
    /** The conversation's latest stance is complaint evidence. */
    public static final int AFTER_COMPLAINT = 1;
    /** The conversation's latest stance is a member's praise. */
    public static final int AFTER_PRAISE = 2;
    public static final int CONTEXTS = 3;
    private static final int DENSE = 4;
    /** Length of a weight vector: the hashed buckets, then the dense features per context. */
    public static final int SIZE = (1 << HASH_BITS) + DENSE * CONTEXTS;
    private static final int MASK = (1 << HASH_BITS) - 1;
    private static final char START = '\u0002';
    private static final char END = '\u0003';
    private static final int[] CONTEXT_SEEDS = {0, 0x27d4eb2f, 0x165667b1};

    private LineFeatures() {
    }

    /** The text as the recognizer's analyser reads it: a typed {@code \\n} is a line break, then {@link TextNormaliser}. */
    public static String normalise(String text) {
        return TextNormaliser.normalise(text == null ? "" : text.replace("\\n", "\n"));
    }

    /** Receives each feature of a line once per occurrence, for every context at once. */
    public interface Sink {
        /**
         * @param context the context the feature is joined with ({@link #ALONE} for the feature alone, which
         *     every context has)
         */
        void accept(int context, int index, float value);
    }

    /**
     * Feeds {@code sink} the features of a normalised line, its tags (each a feature of its own) and the model's
     * score in [-1, 1]: those alone and those joined with each context. A line in context {@code c} has the
     * features alone and those of {@code c}.
     */
    public static void extract(String normalised, double modelScore, List<String> tags, Sink sink) {
        for (String tag : tags) {
            int t = 0x3c6ef372;
            for (int i = 0; i < tag.length(); i++) {
                t = (t ^ tag.charAt(i)) * 0x01000193;
            }
            for (int c = 0; c < CONTEXTS; c++) {
                sink.accept(c, bucket(t ^ CONTEXT_SEEDS[c], 7), 1f);
            }
        }
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
