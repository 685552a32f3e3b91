package io.communitypulse.api.alerts;

import io.communitypulse.api.auth.Authenticator;
import io.communitypulse.api.stream.AlertFeed;
import io.communitypulse.api.stream.StreamPosition;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.sse.SseClient;

/**
 * {@code GET /api/alerts/stream}: server-sent {@code alert} events for the caller's brands, from the
 * alert topic. {@code Last-Event-ID} (or {@code ?last_event_id=}) resumes after the last event a
 * client received.
 */
public final class AlertStreamController {

    public static final String LAST_EVENT_ID = "Last-Event-ID";
    static final String LAST_EVENT_ID_PARAMETER = "last_event_id";

    private final AlertFeed feed;

    /** @param feed null when the API runs without Kafka: the stream is then 503 */
    public AlertStreamController(AlertFeed feed) {
        this.feed = feed;
    }

    /** Before the stream opens (afterwards only events can be sent): 503 without a feed, 400 for a malformed id. */
    public void check(Context ctx) {
        if (feed == null) {
            throw new HttpResponseException(HttpStatus.SERVICE_UNAVAILABLE.getCode(),
                    "the live stream reads the Kafka topic pulse.alerts: start the API with --kafka");
        }
        resumeFrom(ctx);
    }

    public void subscribe(SseClient client) throws InterruptedException {
        client.keepAlive();
        feed.subscribe(client, Authenticator.scope(client.ctx()), resumeFrom(client.ctx()));
    }

    private static StreamPosition resumeFrom(Context ctx) {
        String id = ctx.header(LAST_EVENT_ID);
        if (id == null || id.isBlank()) {
            id = ctx.queryParam(LAST_EVENT_ID_PARAMETER);
        }
        return id == null || id.isBlank() ? null : StreamPosition.parse(id);
    }
}
