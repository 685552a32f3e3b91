package io.communitypulse.events;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** Says why a record is not one JSON object, without the parser's Java vocabulary. */
final class JsonSyntaxErrors {

    private JsonSyntaxErrors() {}

    static String describe(String raw, JsonProcessingException e) {
        if (e.getProcessor() instanceof JsonParser parser && EventJson.parsesWithRepeatedKeys(raw)) {
            // the strict read failed where the lenient one did not: the only difference is a repeated key
            return "field " + FieldPath.of(parser.getParsingContext())
                    + " appears more than once; a record names each field once (which value counts would be a guess)";
        }
        if (e instanceof JsonEOFException) {
            return "the record ends inside its JSON object (cut off?)";
        }
        if (e instanceof MismatchedInputException) {
            return "data after the end of the JSON object: one event per record";
        }
        JsonLocation at = e.getLocation();
        String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        return "not valid JSON" + where + ": " + withoutParserInternals(e.getOriginalMessage());
    }

    /** What a well-formed record that is not an object is instead. */
    static String notAnObject(JsonNode tree) {
        return "a record must be one JSON object {...}, got " + Values.kindOf(tree);
    }

    /** Keeps the sentence about the JSON and drops where the parser keeps its source and limits. */
    private static String withoutParserInternals(String message) {
        String text = message == null ? "" : message;
        for (String internal : new String[] {" (start marker", " (from `", " [Source"}) {
            int at = text.indexOf(internal);
            if (at >= 0) {
                text = text.substring(0, at);
            }
        }
        return text;
    }
}
