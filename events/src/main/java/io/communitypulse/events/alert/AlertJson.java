package io.communitypulse.events.alert;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.communitypulse.events.EventJson;
import java.io.UncheckedIOException;

/** Alerts as JSON: the value of {@code pulse.alerts} and of the API, snake_case like the events. */
public final class AlertJson {

    private AlertJson() {}

    public static String write(Alert alert) {
        try {
            return EventJson.mapper().writeValueAsString(alert);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads an alert written by {@link #write}; unknown fields (from newer producers) are ignored. */
    public static Alert read(String json) throws JsonProcessingException {
        return EventJson.mapper().readValue(json, Alert.class);
    }
}
