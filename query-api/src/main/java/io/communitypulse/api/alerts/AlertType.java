package io.communitypulse.api.alerts;

import io.javalin.http.BadRequestResponse;
import java.util.Set;
import java.util.TreeSet;

/** The alert types the detectors raise; the one list the API validates {@code type=} against. */
public final class AlertType {

    public static final String NEGATIVE_CASCADE = "negative_cascade";

    public static final Set<String> KNOWN = Set.of(NEGATIVE_CASCADE);

    private AlertType() {
    }

    public static String requireKnown(String type) {
        if (!KNOWN.contains(type)) {
            throw new BadRequestResponse(
                    "parameter 'type' must be one of " + new TreeSet<>(KNOWN) + ", got '" + type + "'");
        }
        return type;
    }
}
