package io.communitypulse.api.stream;

import io.communitypulse.api.auth.BrandScope;
import io.javalin.http.sse.SseClient;
import java.util.ArrayList;
import java.util.List;

/**
 * One open stream: its brands and where it stands in the topic. While it replays what it missed,
 * live events wait in {@code held}; an event at or before its position is never sent twice.
 * Used under the feed's lock, or by the one thread replaying it.
 */
final class Subscriber {

    static final String ALERT_EVENT = "alert";

    final SseClient client;
    private final BrandScope scope;
    private StreamPosition position;
    boolean replaying;
    final List<FeedEvent> held = new ArrayList<>();

    Subscriber(SseClient client, BrandScope scope, StreamPosition position, boolean replaying) {
        this.client = client;
        this.scope = scope;
        this.position = position;
        this.replaying = replaying;
    }

    StreamPosition position() {
        return position;
    }

    /** A live event: sent now, or held while replaying. */
    void offer(FeedEvent event) {
        if (replaying) {
            held.add(event);
        } else {
            deliver(event);
        }
    }

    /** Sends the event unless already past it; an event of another brand only moves the position. */
    void deliver(FeedEvent event) {
        if (event.offset() < position.next(event.partition()) || client.terminated()) {
            return;
        }
        position = position.after(event.partition(), event.offset());
        if (scope.includes(event.brandId())) {
            client.sendEvent(ALERT_EVENT, event.json(), position.eventId());
        }
    }

    void finishReplay() {
        replaying = false;
        held.forEach(this::deliver);
        held.clear();
    }
}
