package io.communitypulse.api.alerts;

import io.communitypulse.events.alert.AlertType;
import io.javalin.http.BadRequestResponse;

/** Validates {@code type=} against the one list of alert types, the event contract's. */
public final class AlertTypeParameter {

    private AlertTypeParameter() {
    }

    public static AlertType requireKnown(String type) {
        return AlertType.fromWire(type).orElseThrow(() -> new BadRequestResponse(
                "parameter 'type' must be one of " + AlertType.wireNames() + ", got '" + type + "'"));
    }
}
