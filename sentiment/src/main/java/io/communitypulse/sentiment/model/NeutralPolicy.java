package io.communitypulse.sentiment.model;

import io.communitypulse.sentiment.SentimentLabel;

/**
 * Derives the three-way label from a binary model: most chat is neither praise nor complaint, and the
 * model, trained on reviews that all take a side, always leans one way. A message is neutral when the
 * lean is weak, or when it carries no opinion words at all and the lean is not strong (logistics
 * questions, greetings, small talk, ads). Thresholds were tuned on the chat set.
 */
final class NeutralPolicy {
    static final double WEAK = 0.25;
    static final double WITHOUT_OPINION_WORDS = 0.75;

    private NeutralPolicy() {
    }

    static SentimentLabel label(double score, RuleEvidence evidence) {
        double strength = Math.abs(score);
        if (strength < WEAK) {
            return SentimentLabel.NEUTRAL;
        }
        // "请问什么时候发货？" leans negative in a review model; a question without opinion words is neutral
        if (!evidence.hasSentiment() && (evidence.question || strength < WITHOUT_OPINION_WORDS)) {
            return SentimentLabel.NEUTRAL;
        }
        return score > 0 ? SentimentLabel.POSITIVE : SentimentLabel.NEGATIVE;
    }

    /** For a polar label, how far past the threshold; for neutral, how far from either side. */
    static double confidence(double score, SentimentLabel label, RuleEvidence evidence) {
        double strength = Math.abs(score);
        if (label != SentimentLabel.NEUTRAL) {
            return strength;
        }
        double limit = evidence.hasSentiment() ? WEAK : WITHOUT_OPINION_WORDS;
        return Math.max(0.0, 1.0 - strength / limit) * 0.9;
    }
}
