package io.communitypulse.api.http;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads query parameters; a malformed one is a 400 that names it. */
public final class QueryParameters {

    private QueryParameters() {
    }

    public static Optional<String> text(Context ctx, String name) {
        String value = ctx.queryParam(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    /** An ISO-8601 instant such as {@code 2025-06-01T08:00:00Z}. */
    public static Optional<Instant> instant(Context ctx, String name) {
        return text(ctx, name).map(value -> {
            try {
                return Instant.parse(value);
            } catch (DateTimeParseException e) {
                throw new BadRequestResponse(
                        "parameter '" + name + "' must be an ISO-8601 instant such as 2025-06-01T08:00:00Z, got '" + value + "'");
            }
        });
    }

    /** A whole number in [min, max], or the default when absent. */
    public static int integer(Context ctx, String name, int defaultValue, int min, int max) {
        return text(ctx, name).map(value -> {
            try {
                int number = Integer.parseInt(value);
                if (number >= min && number <= max) {
                    return number;
                }
            } catch (NumberFormatException e) {
                // falls through to the same message as an out-of-range number
            }
            throw new BadRequestResponse(
                    "parameter '" + name + "' must be a whole number from " + min + " to " + max + ", got '" + value + "'");
        }).orElse(defaultValue);
    }
}
