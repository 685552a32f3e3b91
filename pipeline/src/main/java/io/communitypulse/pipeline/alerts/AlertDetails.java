package io.communitypulse.pipeline.alerts;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.communitypulse.events.EventJson;
import java.io.UncheckedIOException;

/** A type's own alert fields, written as the JSON object of the {@code details} column. */
public final class AlertDetails {

    private AlertDetails() {}

    /** @param details a record of the type's fields; they become snake_case keys */
    public static String json(Record details) {
        try {
            return EventJson.mapper().writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
