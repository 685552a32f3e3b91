package io.communitypulse.events.alert;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Where an alert stands as its detector sees it. Each change is a new revision.
 * {@code SUPERSEDED}: a late event re-drew the incident under another id (see {@code related_alert_ids}).
 */
public enum AlertState {
    OPEN,
    GROWING,
    PEAKED,
    QUIET,
    ENDED,
    SUPERSEDED;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
