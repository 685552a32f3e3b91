package io.communitypulse.sentiment.model;

import io.communitypulse.sentiment.SentimentLabel;

/**
 * Derives the three-way label from a binary model: most chat is neither praise nor complaint, and the
 * model, trained on reviews that all take a side, always leans one way.
 * <ul>
 *   <li>A weak lean is neutral, and so is a lean against every opinion word in the message.</li>
 *   <li>Sarcasm ("好棒哦，又等了三天[微笑]") and a stated product problem (过敏, 发霉, 没收到...) is negative (the engine has already pushed the
 *       score below zero).</li>
 *   <li>A plain question ("多少卡？", "是今天到吗") is neutral, unless it carries enough complaint words
 *       ("怎么这么慢，还不发货吗"); an impatient one ("？？？") is judged like a statement.</li>
 *   <li>Without opinion words (emoticons alone are mood, not opinion) a message is neutral — greetings,
 *       red-packet chatter, shares, ads — unless an emoticon is strongly approving ([强], 👍) or
 *       angry ([发怒], 😡) and the model leans the same way, or the model is very sure.</li>
 * </ul>
 * Thresholds were set on the chat test set, never on the held-out chat set.
 */
final class NeutralPolicy {
    static final double WEAK = 0.25;
    /** Without opinion words, the lean the model needs on its own. */
    static final double WITHOUT_OPINION_WORDS = 0.9;
    /** A question is a complaint when its negative opinion mass reaches this ("怎么还没到，太慢了吧？"). */
    static final float QUESTION_COMPLAINT = 1.2f;
    /** Without opinion words, an emoticon this strong decides the side: [强], 👍 / [发怒], 😡. */
    static final float APPROVING_EMOTICON = 1.2f;
    static final float ANGRY_EMOTICON = 1.8f;

    private NeutralPolicy() {
    }

    static SentimentLabel label(double score, RuleEvidence evidence, boolean sarcastic) {
        double strength = Math.abs(score);
        if (sarcastic || (evidence.problems > 0 && score < 0)) {
            return SentimentLabel.NEGATIVE;
        }
        if (strength < WEAK) {
            return SentimentLabel.NEUTRAL;
        }
        boolean positive = score > 0;
        if (againstTheWords(positive, evidence)) {
            return SentimentLabel.NEUTRAL;
        }
        if (evidence.question && !evidence.repeatedQuestion) {
            return !positive && evidence.statedNegative() >= QUESTION_COMPLAINT
                    ? SentimentLabel.NEGATIVE : SentimentLabel.NEUTRAL;
        }
        if (!evidence.hasOpinionWords()) {
            boolean emoticonAgrees = positive
                    ? evidence.emoticonPositive >= APPROVING_EMOTICON
                    : evidence.emoticonNegative >= ANGRY_EMOTICON;
            if (!emoticonAgrees && !evidence.repeatedQuestion && strength < WITHOUT_OPINION_WORDS) {
                return SentimentLabel.NEUTRAL;
            }
        }
        return positive ? SentimentLabel.POSITIVE : SentimentLabel.NEGATIVE;
    }

    /**
     * The model leans against every opinion word and emoticon in the message: "奶粉冲得开，不上火"
     * read as negative because product names lean negative in reviews. Not a complaint, not praise.
     */
    private static boolean againstTheWords(boolean positive, RuleEvidence e) {
        if (e.repeatedQuestion) {
            return false;
        }
        return positive
                ? e.opinionNegative >= RuleEvidence.OPINION_WORDS && e.opinionPositive == 0 && e.emoticonPositive < 1f
                : e.opinionPositive >= RuleEvidence.OPINION_WORDS && e.opinionNegative == 0 && e.emoticonNegative < 1f;
    }

    /** For a polar label, how far past the threshold; for neutral, how far from either side. */
    static double confidence(double score, SentimentLabel label, RuleEvidence evidence) {
        double strength = Math.abs(score);
        if (label != SentimentLabel.NEUTRAL) {
            return strength;
        }
        double limit = evidence.hasOpinionWords() ? WEAK : WITHOUT_OPINION_WORDS;
        return Math.max(0.0, 1.0 - Math.min(strength, limit) / limit) * 0.9;
    }
}
