package io.communitypulse.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Turns one raw JSON record into an event of contract v1, or into a {@link Rejection} that says
 * which field is wrong and how. It never throws on input: the pipeline must not die on a bad record.
 */
public final class EventParser implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int MAX_RECORD_BYTES = 64 * 1024;
    private static final String TYPES = "one of chat_message, membership_change, order, group_snapshot";

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
            return rejected(RejectReason.MALFORMED_JSON, JsonSyntaxErrors.describe(raw, e), null);
        }
        if (tree == null || !tree.isObject()) {
            return rejected(RejectReason.MALFORMED_JSON, JsonSyntaxErrors.notAnObject(tree), null);
        }
        String brandId = tree.path("brand_id").isTextual() ? tree.get("brand_id").asText() : null;
        JsonNode type = tree.path("type");
        if (type.isMissingNode() || type.isNull() || (type.isTextual() && type.asText().isEmpty())) {
            return rejected(RejectReason.MISSING_FIELD, "type is required, " + TYPES, brandId);
        }
        if (!type.isTextual()) {
            return rejected(RejectReason.BAD_TYPE, "type must be a string, " + TYPES + ", got " + Values.kindOf(type), brandId);
        }
        return bind(tree, brandId);
    }

    private ParseResult bind(JsonNode tree, String brandId) {
        PulseEvent event;
        try {
            event = EventJson.mapper().treeToValue(tree, PulseEvent.class);
        } catch (InvalidTypeIdException e) {
            return rejected(RejectReason.UNKNOWN_EVENT_TYPE,
                    "type " + Values.quote(tree.get("type").asText()) + " is not " + TYPES, brandId);
        } catch (JsonProcessingException e) {
            return new ParseResult.Rejected(BindingErrors.describe(e, tree, brandId));
        }
        Optional<Rejection> invalid = validator.check(event);
        return invalid.<ParseResult>map(ParseResult.Rejected::new).orElseGet(() -> new ParseResult.Accepted(event));
    }

    private static ParseResult rejected(RejectReason reason, String detail, String brandId) {
        return new ParseResult.Rejected(new Rejection(reason, detail, brandId));
    }
}
