package io.communitypulse.notifier;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A real HTTP receiver inside the test (the JDK's HttpServer) standing in for a robot or an
 * integrator's endpoint: it records every request and answers as told. It can be stopped and started
 * again on the same port, as a receiver that is down for a while.
 */
public final class Receiver implements AutoCloseable {

    /** One request as it arrived. */
    public record Received(String path, String query, Map<String, List<String>> headers, String body, Instant at) {
        public String header(String name) {
            return headers.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .map(entry -> entry.getValue().get(0)).findFirst().orElse(null);
        }
    }

    /** The answer to give: status and body. */
    public record Answer(int status, String body) {}

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile Function<Received, Answer> answer;
    private HttpServer server;
    private int port;

    private Receiver(Function<Received, Answer> answer) {
        this.answer = answer;
    }

    public static Receiver start(String okBody) {
        Receiver receiver = new Receiver(request -> new Answer(200, okBody));
        receiver.listen(0);
        return receiver;
    }

    public void answer(Function<Received, Answer> newAnswer) {
        this.answer = newAnswer;
    }

    private void listen(int onPort) {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", onPort), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Received request = new Received(exchange.getRequestURI().getPath(), exchange.getRequestURI().getRawQuery(),
                    Map.copyOf(exchange.getRequestHeaders()), body, Instant.now());
            received.add(request);
            Answer reply = answer.apply(request);
            byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        port = server.getAddress().getPort();
    }

    /** Down: connections are refused until {@link #restart}. */
    public void stop() {
        server.stop(0);
    }

    public void restart() {
        listen(port);
    }

    public URI url(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    /** Waits (bounded polling) until {@code count} requests match. */
    public List<Received> await(int count, Predicate<Received> filter, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            List<Received> matching = received.stream().filter(filter).toList();
            if (matching.size() >= count) {
                return matching;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("expected " + count + " matching request(s) within " + timeout + ", got "
                        + matching.size() + " of " + received.size());
            }
            Thread.onSpinWait();
            Thread.sleep(20);
        }
    }

    public List<Received> await(int count, Duration timeout) throws InterruptedException {
        return await(count, request -> true, timeout);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
