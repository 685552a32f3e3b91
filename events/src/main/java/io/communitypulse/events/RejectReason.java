package io.communitypulse.events;

import java.util.Locale;

/** Why a record went to the dead-letter table instead of its own table. */
public enum RejectReason {
    MALFORMED_JSON,
    MISSING_FIELD,
    BAD_TYPE,
    BAD_VALUE,
    UNKNOWN_EVENT_TYPE,
    OVERSIZE,
    DUPLICATE,
    TOO_LATE,
    FUTURE_TIME;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
