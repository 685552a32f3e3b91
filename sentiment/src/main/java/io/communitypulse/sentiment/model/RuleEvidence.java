package io.communitypulse.sentiment.model;

import java.util.Arrays;

/**
 * What the rules found in one message: sentiment words after negation, degree and contrast, emoticon
 * priors, punctuation signals, and where each hit is (for cues). Mutable scratch, reused per thread.
 */
final class RuleEvidence {
    /** Weight of the clause before a contrast word (虽然 A，但是 B: B decides). */
    static final float BEFORE_CONTRAST = 0.5f;

    float positive;
    float negative;
    int negatedPositive;
    int negatedNegative;
    /** Index where the clause after the last contrast word starts, or -1. */
    int contrastStart = -1;
    boolean sarcasmToken;
    char sarcasmChar;
    boolean repeatedQuestion;
    boolean question;
    boolean exclamation;

    /** Per position of the text: inside the scope of a negator (n-grams there get their own features). */
    boolean[] negated = new boolean[256];

    int hits;
    int[] hitStart = new int[16];
    int[] hitEnd = new int[16];
    /** Where the word itself starts (a negated hit starts at its negator); decides its clause weight. */
    int[] hitAt = new int[16];
    float[] hitValue = new float[16];

    void reset(int textLength) {
        if (negated.length < textLength) {
            negated = new boolean[Math.max(textLength, negated.length * 2)];
        } else {
            Arrays.fill(negated, 0, textLength, false);
        }
        positive = 0;
        negative = 0;
        negatedPositive = 0;
        negatedNegative = 0;
        contrastStart = -1;
        sarcasmToken = false;
        sarcasmChar = 0;
        repeatedQuestion = false;
        question = false;
        exclamation = false;
        hits = 0;
    }

    float clauseWeight(int position) {
        return contrastStart >= 0 && position < contrastStart ? BEFORE_CONTRAST : 1f;
    }

    boolean hasSentiment() {
        return positive > 0 || negative > 0;
    }

    /** Records a hit before clause weighting; {@link #weighHits} applies it once the contrast is known. */
    void addHit(int start, int end, int at, float value) {
        if (hits == hitStart.length) {
            hitStart = Arrays.copyOf(hitStart, hits * 2);
            hitEnd = Arrays.copyOf(hitEnd, hits * 2);
            hitAt = Arrays.copyOf(hitAt, hits * 2);
            hitValue = Arrays.copyOf(hitValue, hits * 2);
        }
        hitStart[hits] = start;
        hitEnd[hits] = end;
        hitAt[hits] = at;
        hitValue[hits] = value;
        hits++;
    }

    /** Scales the hits by their clause weight ({@link #contrastStart} must be set) and sums them. */
    void weighHits() {
        for (int h = 0; h < hits; h++) {
            float value = hitValue[h] * clauseWeight(hitAt[h]);
            hitValue[h] = value;
            if (value > 0) {
                positive += value;
            } else {
                negative -= value;
            }
        }
    }
}
