package io.communitypulse.sentiment.tools;

import io.communitypulse.sentiment.ProductCatalogue;
import io.communitypulse.sentiment.SentimentLabel;
import io.communitypulse.sentiment.SentimentModel;
import io.communitypulse.sentiment.SentimentResult;
import io.communitypulse.sentiment.SentimentScorer;
import io.communitypulse.sentiment.model.ModelArtifact;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/** A freshly trained artifact as the scorer the pipeline would build from it, and how tools read its verdict. */
final class Models {
    private Models() {
    }

    /** Through the artifact's bytes, so the scorer is exactly what loading the written file gives. */
    static SentimentScorer scorer(ModelArtifact artifact) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        artifact.writeTo(bytes);
        return SentimentModel.load(new ByteArrayInputStream(bytes.toByteArray()), ProductCatalogue.empty());
    }

    /** On files with only positive and negative labels a neutral verdict counts as the sign of its score. */
    static boolean saysPositive(SentimentResult result) {
        return result.label() == SentimentLabel.NEUTRAL ? result.score() > 0 : result.label() == SentimentLabel.POSITIVE;
    }
}
