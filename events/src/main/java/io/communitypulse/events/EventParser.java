package io.communitypulse.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns one raw JSON record into an event of contract v1, or into a {@link Rejection} that says
 * which field is wrong and how. It never throws on input: the pipeline must not die on a bad record.
 */
public final class EventParser implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int MAX_RECORD_BYTES = 64 * 1024;

    private final EventValidator validator = new EventValidator();

    public ParseResult parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return rejected(RejectReason.MALFORMED_JSON, "empty record", null);
        }
        int bytes = raw.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_RECORD_BYTES) {
            return rejected(RejectReason.OVERSIZE,
                    "record is " + bytes + " bytes, the limit is " + MAX_RECORD_BYTES, null);
        }
        JsonNode tree;
        try {
            tree = EventJson.mapper().readTree(raw);
        } catch (JsonProcessingException e) {
            return rejected(RejectReason.MALFORMED_JSON, e.getOriginalMessage(), null);
        }
        if (tree == null || !tree.isObject()) {
            return rejected(RejectReason.MALFORMED_JSON, "not a JSON object", null);
        }
        String brandId = tree.path("brand_id").isTextual() ? tree.get("brand_id").asText() : null;
        if (!tree.hasNonNull("type")) {
            return rejected(RejectReason.MISSING_FIELD, "type is required", brandId);
        }
        return bind(tree, brandId);
    }

    private ParseResult bind(JsonNode tree, String brandId) {
        PulseEvent event;
        try {
            event = EventJson.mapper().treeToValue(tree, PulseEvent.class);
        } catch (InvalidTypeIdException e) {
            return rejected(RejectReason.UNKNOWN_EVENT_TYPE, "type '" + tree.get("type").asText()
                    + "' is not one of chat_message, membership_change, order", brandId);
        } catch (InvalidFormatException e) {
            return rejected(RejectReason.BAD_VALUE, fieldPath(e) + ": " + e.getOriginalMessage(), brandId);
        } catch (MismatchedInputException e) {
            return rejected(RejectReason.BAD_TYPE, fieldPath(e) + ": " + e.getOriginalMessage(), brandId);
        } catch (JsonProcessingException e) {
            return rejected(RejectReason.BAD_VALUE, e.getOriginalMessage(), brandId);
        }
        Optional<Rejection> invalid = validator.check(event);
        return invalid.<ParseResult>map(ParseResult.Rejected::new).orElseGet(() -> new ParseResult.Accepted(event));
    }

    private static String fieldPath(MismatchedInputException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
    }

    private static ParseResult rejected(RejectReason reason, String detail, String brandId) {
        return new ParseResult.Rejected(new Rejection(reason, detail, brandId));
    }
}
