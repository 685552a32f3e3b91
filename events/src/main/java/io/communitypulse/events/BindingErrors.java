package io.communitypulse.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Turns Jackson's binding failures into rejections in the contract's words: the field, what it must
 * be, and what the record sent instead ({@code items[0].quantity must be a whole number, got 1.5}).
 */
final class BindingErrors {

    private BindingErrors() {}

    static Rejection describe(JsonProcessingException e, JsonNode tree, String brandId) {
        FieldPath path = pathOf(e);
        if (path == null) {
            return new Rejection(RejectReason.BAD_VALUE, "a field does not fit contract v1", brandId);
        }
        JsonNode sent = path.in(tree);
        if (sent.isMissingNode() || sent.isNull()) {
            return new Rejection(RejectReason.MISSING_FIELD, path + " is required", brandId);
        }
        Class<?> target = targetType(e);
        String rule = path + " must be " + expected(target);
        if (e instanceof InvalidFormatException invalid) {
            Object value = invalid.getValue();
            String got = target == Instant.class ? InstantFormat.whatItIs(value) : Values.quote(value);
            return new Rejection(RejectReason.BAD_VALUE, rule + ", got " + got, brandId);
        }
        if (e.getCause() instanceof InputCoercionException) {
            return new Rejection(RejectReason.BAD_VALUE, rule + ", got " + sent.asText(), brandId);
        }
        return new Rejection(RejectReason.BAD_TYPE, rule + ", got " + Values.kindOf(sent), brandId);
    }

    private static FieldPath pathOf(JsonProcessingException e) {
        return e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
                ? FieldPath.of(mapping.getPath())
                : null;
    }

    /** The Java type the field binds to; a number too large for it comes wrapped, its cause names the type. */
    private static Class<?> targetType(JsonProcessingException e) {
        if (e instanceof MismatchedInputException mismatch) {
            return mismatch.getTargetType();
        }
        return e.getCause() instanceof InputCoercionException coercion ? coercion.getTargetType() : null;
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "valid";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == Instant.class) {
            return InstantFormat.RULE;
        }
        if (type == BigDecimal.class) {
            return "a number";
        }
        if (type == int.class || type == Integer.class) {
            return "a whole number up to " + Integer.MAX_VALUE;
        }
        if (List.class.isAssignableFrom(type)) {
            return "an array";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants())
                    .map(constant -> ((Enum<?>) constant).name().toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(", "));
        }
        return "an object";
    }
}
