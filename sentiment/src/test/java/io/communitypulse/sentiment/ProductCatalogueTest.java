package io.communitypulse.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import io.communitypulse.sentiment.text.TextNormaliser;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class ProductCatalogueTest {
    static ProductCatalogue fixture() {
        try (InputStream in = ProductCatalogueTest.class.getResourceAsStream("/catalogue.json")) {
            return ProductCatalogue.fromJson(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private final ProductCatalogue catalogue = fixture();

    @Test
    void findsProductsByNameAndAliasInOrderOfMention() {
        String text = TextNormaliser.normalise("面膜还行，修护面霜用了过敏");
        assertThat(catalogue.skusMentioned("glow", text)).containsExactly("GLOW-MASK", "GLOW-CREAM-50");
    }

    @Test
    void longestAliasWinsAndEachSkuIsListedOnce() {
        String text = TextNormaliser.normalise("小蓝瓶面霜好用，面霜回购");
        assertThat(catalogue.skusMentioned("glow", text)).containsExactly("GLOW-CREAM-50");
    }

    @Test
    void matchesAcrossTraditionalCharactersFullWidthAndCase() {
        String text = TextNormaliser.normalise("ｓｋ－ＩＩ精華很好");
        assertThat(catalogue.skusMentioned("glow", text)).containsExactly("GLOW-SERUM-30");
    }

    @Test
    void brandsDoNotSeeEachOthersProducts() {
        String text = TextNormaliser.normalise("榴莲和面霜");
        assertThat(catalogue.skusMentioned("fruit", text)).containsExactly("FR-DURIAN");
        assertThat(catalogue.skusMentioned("unknown", text)).isEmpty();
        assertThat(catalogue.skusMentioned(null, text)).isEmpty();
        assertThat(ProductCatalogue.empty().skusMentioned("glow", text)).isEmpty();
    }
}
