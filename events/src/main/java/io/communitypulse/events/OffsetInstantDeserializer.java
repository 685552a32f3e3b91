package io.communitypulse.events;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Reads an instant only from an ISO-8601 string with an offset ({@link InstantFormat}), where
 * Jackson's own {@code InstantDeserializer} also takes epoch numbers and local times.
 */
final class OffsetInstantDeserializer extends StdScalarDeserializer<Instant> {

    private static final long serialVersionUID = 1L;

    OffsetInstantDeserializer() {
        super(Instant.class);
    }

    @Override
    public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.hasToken(JsonToken.VALUE_STRING)) {
            String text = parser.getText();
            try {
                return InstantFormat.parse(text).toInstant();
            } catch (DateTimeParseException e) {
                throw InvalidFormatException.from(parser, "not " + InstantFormat.RULE, text, Instant.class);
            }
        }
        if (parser.currentToken().isNumeric()) {
            throw InvalidFormatException.from(parser, "not " + InstantFormat.RULE, parser.getNumberValue(), Instant.class);
        }
        return (Instant) context.handleUnexpectedToken(Instant.class, parser);
    }
}
