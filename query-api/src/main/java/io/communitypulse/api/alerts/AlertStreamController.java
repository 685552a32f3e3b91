package io.communitypulse.api.alerts;

import io.communitypulse.api.auth.Authenticator;
import io.javalin.http.sse.SseClient;

/** {@code GET /api/alerts/stream}: server-sent {@code alert} events for the caller's brands. */
public final class AlertStreamController {

    private final AlertSubscribers subscribers;

    public AlertStreamController(AlertSubscribers subscribers) {
        this.subscribers = subscribers;
    }

    public void subscribe(SseClient client) {
        client.keepAlive();
        subscribers.add(client, Authenticator.scope(client.ctx()));
        // tells the client (and tests) that events from now on will arrive
        client.sendComment("subscribed");
    }
}
