package io.communitypulse.simulator;

import java.util.Locale;

/** What a complaint is about; wire names match the sentiment module's aspects. */
public enum Aspect {
    QUALITY,
    ALLERGY_SAFETY,
    LOGISTICS,
    SERVICE,
    PRICE,
    AUTHENTICITY;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
