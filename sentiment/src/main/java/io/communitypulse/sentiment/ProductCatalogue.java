package io.communitypulse.sentiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.communitypulse.sentiment.match.LongestMatchTrie;
import io.communitypulse.sentiment.text.TextNormaliser;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Per brand, the products members may name (SKU, name, aliases), and a matcher that finds them in
 * normalised message text. Names and aliases are normalised the same way as messages, so 【雅詩蘭黛】
 * in a message finds a product named 雅诗兰黛, and "SK-II" finds "sk-ii".
 */
public final class ProductCatalogue implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One product as the catalogue file lists it. */
    public record Product(String sku, String name, List<String> aliases) implements Serializable {
        public Product {
            aliases = List.copyOf(aliases);
        }
    }

    private final Map<String, List<Product>> productsByBrand;
    private final Map<String, BrandMatcher> matchers;

    private ProductCatalogue(Map<String, List<Product>> productsByBrand) {
        this.productsByBrand = productsByBrand;
        this.matchers = new LinkedHashMap<>();
        productsByBrand.forEach((brand, products) -> matchers.put(brand, BrandMatcher.of(products)));
    }

    public static ProductCatalogue empty() {
        return new ProductCatalogue(Map.of());
    }

    public static ProductCatalogue of(Map<String, List<Product>> productsByBrand) {
        Map<String, List<Product>> copy = new LinkedHashMap<>();
        productsByBrand.forEach((brand, products) -> copy.put(brand, List.copyOf(products)));
        return new ProductCatalogue(copy);
    }

    /** Reads {@code {"brands":{"<brand_id>":[{"sku":"...","name":"...","aliases":["..."]}]}}}. */
    public static ProductCatalogue fromJson(InputStream in) {
        try {
            JsonNode brands = JSON.readTree(in).path("brands");
            Map<String, List<Product>> productsByBrand = new LinkedHashMap<>();
            brands.fields().forEachRemaining(brand -> {
                List<Product> products = new ArrayList<>();
                for (JsonNode p : brand.getValue()) {
                    List<String> aliases = new ArrayList<>();
                    p.path("aliases").forEach(a -> aliases.add(a.asText()));
                    products.add(new Product(p.path("sku").asText(), p.path("name").asText(""), aliases));
                }
                productsByBrand.put(brand.getKey(), products);
            });
            return of(productsByBrand);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable product catalogue", e);
        }
    }

    public List<Product> products(String brandId) {
        return productsByBrand.getOrDefault(brandId, List.of());
    }

    /** SKUs named in {@code normalisedText} (output of {@link TextNormaliser}), in order of first mention. */
    public List<String> skusMentioned(String brandId, String normalisedText) {
        return skusMentioned(brandId, normalisedText, null);
    }

    /** Receives where a product name or alias was found: {@code [start, end)} of the normalised text. */
    @FunctionalInterface
    public interface MentionSink {
        void mention(int start, int end);
    }

    /**
     * As {@link #skusMentioned(String, String)}, also telling {@code sink} (if not null) where each
     * mention is, in the same pass (cues must not cut through a product name).
     */
    public List<String> skusMentioned(String brandId, String normalisedText, MentionSink sink) {
        BrandMatcher matcher = brandId == null ? null : matchers.get(brandId);
        if (matcher == null || normalisedText == null || normalisedText.isEmpty()) {
            return List.of();
        }
        return matcher.skusIn(normalisedText, sink);
    }

    /** A trie over one brand's normalised names and aliases; values index its SKU list. */
    private static final class BrandMatcher implements Serializable {
        private static final long serialVersionUID = 1L;
        private final LongestMatchTrie names;
        private final String[] skus;

        private BrandMatcher(LongestMatchTrie names, String[] skus) {
            this.names = names;
            this.skus = skus;
        }

        static BrandMatcher of(List<Product> products) {
            LongestMatchTrie.Builder names = LongestMatchTrie.builder();
            String[] skus = new String[products.size()];
            for (int i = 0; i < skus.length; i++) {
                Product p = products.get(i);
                skus[i] = p.sku();
                names.add(TextNormaliser.normalise(p.name()), i);
                for (String alias : p.aliases()) {
                    names.add(TextNormaliser.normalise(alias), i);
                }
            }
            return new BrandMatcher(names.build(), skus);
        }

        List<String> skusIn(String text, MentionSink sink) {
            List<String> found = null;
            int i = 0;
            while (i < text.length()) {
                long match = names.longestMatch(text, i);
                if (match == LongestMatchTrie.NO_MATCH) {
                    i++;
                    continue;
                }
                String sku = skus[LongestMatchTrie.matchValue(match)];
                int length = LongestMatchTrie.matchLength(match);
                if (sink != null) {
                    sink.mention(i, i + length);
                }
                if (found == null) {
                    found = new ArrayList<>(2);
                }
                if (!found.contains(sku)) {
                    found.add(sku);
                }
                i += length;
            }
            return found == null ? List.of() : List.copyOf(found);
        }
    }
}
