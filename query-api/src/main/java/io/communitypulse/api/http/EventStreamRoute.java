package io.communitypulse.api.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.sse.SseClient;
import io.javalin.http.sse.SseHandler;
import java.util.function.Consumer;

/**
 * A server-sent-events route that says so when a caller does not ask for events: Javalin's own
 * {@link SseHandler} answers such a request 200 with an empty body, which reads like "no alerts".
 * Here it is 406 with the JSON error body. {@code HEAD} answers with the stream's headers only.
 */
public final class EventStreamRoute implements Handler {

    public static final String EVENT_STREAM = "text/event-stream";

    private final SseHandler stream;
    private final Handler check;

    private EventStreamRoute(SseHandler stream, Handler check) {
        this.stream = stream;
        this.check = check;
    }

    public static EventStreamRoute of(Consumer<SseClient> subscriber) {
        return new EventStreamRoute(new SseHandler(subscriber), ctx -> { });
    }

    /** With {@code check} run before the stream opens, while an error can still be a status and a JSON body. */
    public static EventStreamRoute of(Handler check, ThrowingSubscriber subscriber) {
        return new EventStreamRoute(new SseHandler(client -> {
            try {
                subscriber.accept(client);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                client.close();
            }
        }), check);
    }

    /** A subscriber that may be interrupted while it waits. */
    @FunctionalInterface
    public interface ThrowingSubscriber {
        void accept(SseClient client) throws InterruptedException;
    }

    @Override
    public void handle(Context ctx) throws Exception {
        String accept = ctx.header("Accept");
        // the same test SseHandler makes, so that what passes here does stream
        if (accept == null || !accept.contains(EVENT_STREAM)) {
            throw new HttpResponseException(HttpStatus.NOT_ACCEPTABLE.getCode(),
                    "this is a server-sent event stream: send Accept: " + EVENT_STREAM + " (as EventSource and curl -H do)");
        }
        check.handle(ctx);
        if (ctx.method() == HandlerType.HEAD) {
            ctx.contentType(EVENT_STREAM);
            return;
        }
        stream.handle(ctx);
    }
}
