package io.communitypulse.notifier.delivery;

import io.communitypulse.notifier.channel.Request;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Sends a channel request with the JDK's HTTP client; a receiver that does not answer in time has failed. */
public final class HttpSender {

    /** The answer: status and body as text. */
    public record Answer(int status, String body) {}

    private final HttpClient client;
    private final Duration timeout;

    public HttpSender(Duration timeout) {
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
        this.timeout = timeout;
    }

    public Answer post(Request request) throws IOException, InterruptedException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(request.uri()).timeout(timeout)
                .POST(HttpRequest.BodyPublishers.ofByteArray(request.body()));
        request.headers().forEach(builder::header);
        HttpResponse<String> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(response.statusCode(), response.body() == null ? "" : response.body());
    }
}
