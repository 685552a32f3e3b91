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

    /** One {@code event:} with its {@code data:}. */
    record Event(String name, String data) {
    }

    private final HttpResponse<Stream<String>> response;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

    private EventStream(HttpResponse<Stream<String>> response) {
        this.response = response;
        Thread reader = new Thread(() -> response.body().forEach(lines::add), "sse-test-reader");
        reader.setDaemon(true);
        reader.start();
    }

    static EventStream open(int port, String pathAndQuery) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
                .header("Accept", "text/event-stream")
                .build();
        return new EventStream(HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofLines()));
    }

    int status() {
        return response.statusCode();
    }

    /** Waits until the server says the subscription is registered. */
    EventStream awaitSubscribed(Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (!": subscribed".equals(nextLine(deadline))) {
            // skip anything sent before the subscription comment
        }
        return this;
    }

    /** The next event, skipping comments and blank lines; fails when none arrives before the deadline. */
    Event nextEvent(Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        String line;
        do {
            line = nextLine(deadline);
        } while (!line.startsWith("event:"));
        String name = line.substring("event:".length()).trim();
        String data = nextLine(deadline);
        if (!data.startsWith("data:")) {
            throw new AssertionError("event '" + name + "' without data: " + data);
        }
        return new Event(name, data.substring("data:".length()).trim());
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
