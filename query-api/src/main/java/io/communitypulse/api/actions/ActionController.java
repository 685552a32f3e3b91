package io.communitypulse.api.actions;

import io.communitypulse.api.alerts.AlertRepository;
import io.communitypulse.api.alerts.AlertView;
import io.communitypulse.api.auth.Authenticator;
import io.communitypulse.api.auth.Role;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * {@code POST /api/alerts/{alertId}/ack | resolve | snooze | comment | reopen}: an operator's action,
 * recorded with who and when in {@code alert_actions}. Operators (and admins) of the alert's brand may
 * ack, resolve, snooze and comment; reopening a resolved alert takes an admin. Answers 201 with the
 * action and the alert's workflow after it.
 */
public final class ActionController {

    /** The actions and the role each needs. */
    public static final Map<String, Role> ACTIONS = Map.of(
            "ack", Role.OPERATOR, "resolve", Role.OPERATOR, "snooze", Role.OPERATOR, "comment", Role.OPERATOR,
            "reopen", Role.ADMIN);

    /** The action's answer. */
    public record Result(AlertAction action, AlertView alert) {}

    private final AlertRepository alerts;
    private final ActionRepository actions;
    private final Clock clock;
    private final ActionIds ids = new ActionIds();

    public ActionController(AlertRepository alerts, ActionRepository actions, Clock clock) {
        this.alerts = alerts;
        this.actions = actions;
        this.clock = clock;
    }

    /** The handler for one action. */
    public io.javalin.http.Handler handlerFor(String action) {
        return ctx -> act(ctx, action);
    }

    private void act(Context ctx, String action) {
        String alertId = ctx.pathParam("alertId");
        AlertView alert = alerts.findOne(alertId, Authenticator.scope(ctx))
                .orElseThrow(() -> new NotFoundResponse("no alert '" + alertId + "' in this token's brands"));
        String brand = alert.alert().brandId();
        Role role = Authenticator.requireRole(ctx, brand, ACTIONS.get(action));
        Instant now = clock.instant();
        ActionRequest request = ActionRequest.parse(ctx.body(), action, now);
        AlertAction recorded = new AlertAction(ids.next(now), brand, alertId, alert.alert().revision(), action,
                Authenticator.token(ctx).name(), role.wireName(), now, request.snoozedUntil(), request.comment());
        actions.record(recorded);
        AlertView after = alerts.findOne(alertId, Authenticator.scope(ctx)).orElse(alert);
        ctx.status(HttpStatus.CREATED).json(new Result(recorded, after));
    }
}
