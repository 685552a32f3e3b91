package io.communitypulse.events.alert;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import java.io.IOException;

/** Reads a JSON value back into its text, the counterpart of {@code @JsonRawValue}. */
final class RawJson extends JsonDeserializer<String> {

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        return context.readTree(parser).toString();
    }
}
