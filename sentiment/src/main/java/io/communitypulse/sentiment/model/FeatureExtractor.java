package io.communitypulse.sentiment.model;

import io.communitypulse.sentiment.text.SignalTokens;

/**
 * Turns normalised text into {@link Features}: character 1- to {@code maxOrder}-grams hashed into
 * {@code 2^hashBits} buckets, valued by their clause weight, plus the dense rule features. Training and
 * scoring share this class, so the model sees the same features in both.
 */
public final class FeatureExtractor {
    private final int maxOrder;
    private final int mask;
    private final RuleScanner rules;

    public FeatureExtractor(int maxOrder, int hashBits) {
        this.maxOrder = maxOrder;
        this.mask = (1 << hashBits) - 1;
        this.rules = new RuleScanner(Lexicon.instance(), SignalTokens.instance());
    }

    public void extract(String text, Features out) {
        extract(text, out, null);
    }

    /**
     * As {@link #extract(String, Features)}, also reading each distinct n-gram's weight from
     * {@code ngramWeights}, once per distinct n-gram, so scoring walks the (cache-missing) weight table once.
     */
    public void extract(String text, Features out, float[] ngramWeights) {
        RuleEvidence evidence = out.evidence;
        rules.scan(text, evidence);
        int n = text.length();
        out.reset(n * maxOrder);
        for (int i = 0; i < n; i++) {
            if (text.charAt(i) == ' ') {
                continue;
            }
            float weight = evidence.clauseWeight(i);
            // "NOT_" marking: 差 after 一点都不 is a different feature from 差 on its own
            int h = evidence.negated[i] ? 0x5bd1e995 : 0x9747b28c;
            for (int k = 0; k < maxOrder && i + k < n; k++) {
                char c = text.charAt(i + k);
                if (c == ' ') {
                    break;
                }
                h = (h ^ c) * 0x01000193;
                out.add(mix(h + k) & mask, weight, i, k + 1);
            }
        }
        out.gatherWeights(ngramWeights);
        float[] d = out.dense;
        d[0] = 1f;
        d[1] = squash(evidence.positive);
        d[2] = squash(evidence.negative);
        d[3] = squash(evidence.negatedPositive);
        d[4] = squash(evidence.negatedNegative);
        d[5] = evidence.question ? 1f : 0f;
        d[6] = evidence.repeatedQuestion ? 1f : 0f;
        d[7] = evidence.exclamation ? 1f : 0f;
        d[8] = evidence.contrastStart >= 0 ? 1f : 0f;
    }

    private static float squash(float x) {
        return x / (1f + x);
    }

    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        return h ^ (h >>> 16);
    }
}
