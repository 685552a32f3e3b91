package io.communitypulse.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** A server-sent-events client for tests: reads lines on a thread, waits for them with a deadline. */
final class EventStream implements AutoCloseable {

    /** One event: its name, id and data. */
    record Event(String name, String id, String data) {
    }

    private final HttpResponse<Stream<String>> response;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

    private EventStream(HttpResponse<Stream<String>> response) {
        this.response = response;
        Thread reader = new Thread(() -> {
            try {
                response.body().forEach(lines::add);
            } catch (RuntimeException closed) {
                // the test closed the stream
            }
        }, "sse-test-reader");
        reader.setDaemon(true);
        reader.start();
    }

    static EventStream open(int port, String pathAndQuery) throws Exception {
        return open(port, pathAndQuery, null);
    }

    /** With {@code Last-Event-ID} as a browser's EventSource sends it when it reconnects (null: none). */
    static EventStream open(int port, String pathAndQuery, String lastEventId) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
                .header("Accept", "text/event-stream");
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        return new EventStream(HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofLines()));
    }

    int status() {
        return response.statusCode();
    }

    /** Waits until the server says the subscription is registered. */
    EventStream awaitSubscribed(Duration timeout) throws InterruptedException {
        awaitLine(": subscribed", timeout);
        return this;
    }

    /** Waits for a line such as {@code ": heartbeat"}. */
    void awaitLine(String wanted, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (!wanted.equals(nextLine(deadline))) {
            // skip anything else
        }
    }

    /** The next event, skipping comments; fails when none arrives before the deadline. */
    Event nextEvent(Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        String name = null;
        String id = null;
        String data = null;
        while (true) {
            String line = nextLine(deadline);
            if (line.isEmpty()) {
                if (data != null) {
                    return new Event(name == null ? "message" : name, id, data);
                }
            } else if (line.startsWith("event:")) {
                name = line.substring("event:".length()).trim();
            } else if (line.startsWith("id:")) {
                id = line.substring("id:".length()).trim();
            } else if (line.startsWith("data:")) {
                data = line.substring("data:".length()).trim();
            }
        }
    }

    /** Fails if an event arrives within {@code quiet}: for "nothing more is sent". */
    void assertNoEventWithin(Duration quiet) throws InterruptedException {
        Instant deadline = Instant.now().plus(quiet);
        String line;
        while ((line = lines.poll(Math.max(1, Duration.between(Instant.now(), deadline).toMillis()), TimeUnit.MILLISECONDS)) != null) {
            if (line.startsWith("data:")) {
                throw new AssertionError("unexpected event: " + line);
            }
        }
    }

    private String nextLine(Instant deadline) throws InterruptedException {
        long remaining = Duration.between(Instant.now(), deadline).toMillis();
        String line = remaining > 0 ? lines.poll(remaining, TimeUnit.MILLISECONDS) : null;
        if (line == null) {
            throw new AssertionError("nothing arrived on the event stream before the deadline");
        }
        return line;
    }

    @Override
    public void close() {
        response.body().close();
    }
}
