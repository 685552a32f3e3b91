package io.communitypulse.sentiment.train;

/**
 * Hyper-parameters of {@link Trainer}. The defaults were chosen on a validation split of the train
 * files and a cross-domain check (train on retail, test on waimai), never on the test files.
 *
 * @param ngramDropout probability of hiding an n-gram from one training step, so the model also
 *     learns to lean on the lexicon features, which carry over to domains the n-grams never saw
 */
public record TrainingOptions(
        long seed, int maxOrder, int hashBits, int epochs, float learningRate, float l2,
        float ngramDropout, float nbAlpha, boolean averaged, float nbBlend, int ensemble, String modelVersion) {

    public static TrainingOptions defaults() {
        return new TrainingOptions(20260523L, 3, 20, 4, 0.02f, 1e-6f, 0.3f, 1f, false, 0f, 1, "v4");
    }

    public TrainingOptions withSeed(long newSeed) {
        return new TrainingOptions(newSeed, maxOrder, hashBits, epochs, learningRate, l2, ngramDropout, nbAlpha,
                averaged, nbBlend, ensemble, modelVersion);
    }
}
