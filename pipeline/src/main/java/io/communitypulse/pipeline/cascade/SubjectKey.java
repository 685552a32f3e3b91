package io.communitypulse.pipeline.cascade;

/** What a complaint is about: a product (its SKU) or, when no product is named, an aspect. */
public record SubjectKey(String kind, String subject) {

    public static final String PRODUCT = "product";
    public static final String ASPECT = "aspect";

    static SubjectKey product(String sku) {
        return new SubjectKey(PRODUCT, sku);
    }

    static SubjectKey aspect(String aspect) {
        return new SubjectKey(ASPECT, aspect);
    }

    String asString() {
        return kind + ":" + subject;
    }
}
