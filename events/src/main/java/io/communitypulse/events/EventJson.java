package io.communitypulse.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.UncheckedIOException;
import java.time.Instant;

/** The one Jackson configuration of the wire format: snake_case fields, ISO-8601 instants. */
public final class EventJson {

    // {"brand_id":"a","brand_id":"b"} must not let the last key choose the tenant
    private static final ObjectMapper MAPPER = builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    /** The same but for repeated keys: tells a record whose only fault is a repeated key. */
    private static final ObjectMapper REPEATED_KEYS_ALLOWED = builder().build();

    private EventJson() {}

    /** Thread-safe once configured, as Jackson documents; share it. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static String write(PulseEvent event) {
        try {
            return MAPPER.writerFor(PulseEvent.class).writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonMapper.Builder builder() {
        return JsonMapper.builder()
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .addModule(new JavaTimeModule())
                // after JavaTimeModule, so it wins: instants only as ISO-8601 with an offset, never epoch numbers
                .addModule(new SimpleModule("contract-v1-instants").addDeserializer(Instant.class, new OffsetInstantDeserializer()))
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                // Producers may add fields before consumers know them: ignore, do not reject.
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                // enums are their lower-case names: "sender_role":0 is not "member"
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                // amounts are money: keep 59.80 exact through the tree model, never via double
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .serializationInclusion(JsonInclude.Include.NON_NULL);
    }

    /** Whether {@code raw} is well-formed JSON once repeated keys are allowed (then they are its only fault). */
    static boolean parsesWithRepeatedKeys(String raw) {
        try {
            JsonNode ignored = REPEATED_KEYS_ALLOWED.readTree(raw);
            return ignored != null;
        } catch (JsonProcessingException e) {
            return false;
        }
    }
}
