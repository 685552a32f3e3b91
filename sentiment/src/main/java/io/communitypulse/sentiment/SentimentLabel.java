package io.communitypulse.sentiment;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The three-way label written to ClickHouse and JSON by its {@link #wireName()}. */
public enum SentimentLabel {
    NEGATIVE,
    NEUTRAL,
    POSITIVE;

    private final String wireName = name().toLowerCase(Locale.ROOT);

    @JsonValue
    public String wireName() {
        return wireName;
    }

    public static SentimentLabel fromWireName(String wireName) {
        return valueOf(wireName.trim().toUpperCase(Locale.ROOT));
    }
}
