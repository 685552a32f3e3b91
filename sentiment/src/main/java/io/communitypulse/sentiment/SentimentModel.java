package io.communitypulse.sentiment;

/** Placeholder until the trained model lands: every message scores neutral. */
public final class SentimentModel implements SentimentScorer {
    private static final long serialVersionUID = 1L;
    private final ProductCatalogue catalogue;

    private SentimentModel(ProductCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** The model shipped on this module's classpath, matching products from {@code catalogue}. */
    public static SentimentScorer loadDefault(ProductCatalogue catalogue) {
        return new SentimentModel(catalogue);
    }

    @Override
    public SentimentResult score(String brandId, String text) {
        return SentimentResult.empty();
    }
}
