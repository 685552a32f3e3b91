package io.communitypulse.sentiment;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a message is about, written to ClickHouse and JSON by its {@link #wireName()}. */
public enum Aspect {
    QUALITY,
    ALLERGY_SAFETY,
    LOGISTICS,
    SERVICE,
    PRICE,
    AUTHENTICITY,
    /** Sentiment-bearing, but about none of the named aspects. */
    OTHER;

    private final String wireName = name().toLowerCase(Locale.ROOT);

    @JsonValue
    public String wireName() {
        return wireName;
    }

    public static Aspect fromWireName(String wireName) {
        return valueOf(wireName.trim().toUpperCase(Locale.ROOT));
    }
}
