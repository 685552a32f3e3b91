package io.communitypulse.sentiment;

import java.io.Serializable;

/**
 * Scores one chat message: polarity, label, confidence, aspects, products and the cues behind the score.
 *
 * <p>Implementations are thread-safe and cheap to call; a Flink task holds one instance. Obtain the
 * trained model with {@link SentimentModel#loadDefault(ProductCatalogue)}.
 */
public interface SentimentScorer extends Serializable {

    /**
     * @param brandId selects the product catalogue; may be null (no product matching)
     * @param text the raw message; null or blank scores neutral with low confidence
     */
    SentimentResult score(String brandId, String text);

    /**
     * Which weights score: model version and the first 12 hex digits of the training data's SHA-256
     * ({@code v4/d9bd77700871}), stored with every scored message so that a change of model shows in the data.
     */
    String modelId();
}
