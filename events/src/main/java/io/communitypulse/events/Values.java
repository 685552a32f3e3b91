package io.communitypulse.events;

import com.fasterxml.jackson.databind.JsonNode;

/** How a rejection quotes what a record sent: short, and in JSON's terms. */
final class Values {

    private static final int MAX_QUOTED_CHARS = 40;

    private Values() {}

    static String kindOf(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        return switch (node.getNodeType()) {
            case NULL -> "null";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            default -> "a " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    /** A string in single quotes, cut when long; a number as it is. */
    static String quote(Object value) {
        if (value instanceof Number) {
            return value.toString();
        }
        String text = String.valueOf(value);
        return "'" + (text.length() > MAX_QUOTED_CHARS ? text.substring(0, MAX_QUOTED_CHARS) + "…" : text) + "'";
    }
}
