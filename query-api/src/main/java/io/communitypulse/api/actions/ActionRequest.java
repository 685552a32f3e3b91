package io.communitypulse.api.actions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.BadRequestResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * The optional JSON body of an action: {@code {"comment": "..."}}; for snooze also
 * {@code "until": "<ISO-8601>"} or {@code "minutes": N}. A mistake is a 400 that names the field.
 */
record ActionRequest(String comment, Instant snoozedUntil) {

    static final int MAX_COMMENT = 2000;
    static final Duration MAX_SNOOZE = Duration.ofDays(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    static ActionRequest parse(String body, String action, Instant now) {
        JsonNode root;
        try {
            root = body == null || body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
        } catch (Exception e) {
            root = null;
        }
        if (root == null || !root.isObject()) {
            throw new BadRequestResponse("the body must be a JSON object such as {\"comment\": \"...\"}");
        }
        String comment = root.path("comment").asText("").strip();
        if (comment.length() > MAX_COMMENT) {
            throw new BadRequestResponse("field 'comment' may have at most " + MAX_COMMENT + " characters");
        }
        if (action.equals("comment") && comment.isEmpty()) {
            throw new BadRequestResponse("field 'comment' is required for a comment");
        }
        Instant until = action.equals("snooze") ? snoozeUntil(root, now) : null;
        return new ActionRequest(comment, until);
    }

    private static Instant snoozeUntil(JsonNode root, Instant now) {
        Instant until;
        if (root.has("until")) {
            try {
                until = Instant.parse(root.get("until").asText());
            } catch (DateTimeParseException e) {
                throw new BadRequestResponse("field 'until' must be an ISO-8601 instant such as 2025-06-01T08:00:00Z");
            }
        } else if (root.path("minutes").canConvertToInt() && root.get("minutes").asInt() > 0) {
            until = now.plus(Duration.ofMinutes(root.get("minutes").asInt()));
        } else {
            throw new BadRequestResponse("a snooze needs 'until' (ISO-8601) or 'minutes' (a positive whole number)");
        }
        if (!until.isAfter(now) || until.isAfter(now.plus(MAX_SNOOZE))) {
            throw new BadRequestResponse("field 'until' must lie in the next " + MAX_SNOOZE.toDays() + " days");
        }
        return until;
    }
}
