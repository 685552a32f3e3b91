package io.communitypulse.events;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Where in a record a problem is, written as the contract writes fields: {@code items[0].quantity}.
 *
 * @param steps field names (String) and array indexes (Integer), outermost first
 */
record FieldPath(List<Object> steps) {

    static FieldPath of(List<JsonMappingException.Reference> references) {
        List<Object> steps = new ArrayList<>();
        for (JsonMappingException.Reference reference : references) {
            steps.add(reference.getFieldName() != null ? reference.getFieldName() : reference.getIndex());
        }
        return new FieldPath(steps);
    }

    /** The field a parser was reading when it failed. */
    static FieldPath of(JsonStreamContext context) {
        List<Object> steps = new ArrayList<>();
        for (JsonStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
            steps.add(0, at.inArray() ? (Object) at.getCurrentIndex() : at.getCurrentName());
        }
        return new FieldPath(steps);
    }

    /** The node at this path in {@code tree}: missing when absent. */
    JsonNode in(JsonNode tree) {
        JsonPointer pointer = JsonPointer.empty();
        for (Object step : steps) {
            pointer = step instanceof Integer index ? pointer.appendIndex(index) : pointer.appendProperty((String) step);
        }
        return tree.at(pointer);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (Object step : steps) {
            if (step instanceof Integer) {
                text.append('[').append(step).append(']');
            } else {
                text.append(text.isEmpty() ? "" : ".").append(step);
            }
        }
        return text.isEmpty() ? "the record" : text.toString();
    }
}
