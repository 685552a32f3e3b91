package io.communitypulse.sentiment;

import java.io.Serializable;
import java.util.List;

/**
 * The sentiment of one message.
 *
 * @param score polarity in [-1, 1], negative below zero
 * @param label the three-way label; NEUTRAL when the evidence is weak or absent
 * @param confidence in [0, 1], how sure the label is
 * @param aspects what the message is about (empty for a neutral message about nothing in particular)
 * @param products catalogue SKUs the message mentions
 * @param cues the words, emoticons and signals that drove the score, strongest first
 *     (e.g. {@code 过敏}, {@code 不是很好}, {@code [微笑](sarcasm)})
 */
public record SentimentResult(
        double score,
        SentimentLabel label,
        double confidence,
        List<Aspect> aspects,
        List<String> products,
        List<String> cues) implements Serializable {

    public SentimentResult {
        aspects = List.copyOf(aspects);
        products = List.copyOf(products);
        cues = List.copyOf(cues);
    }

    /** The result for a message with nothing to score (null, blank, or only whitespace). */
    public static SentimentResult empty() {
        return new SentimentResult(0.0, SentimentLabel.NEUTRAL, 0.0, List.of(), List.of(), List.of());
    }
}
