package io.communitypulse.notifier;

import com.sun.net.httpserver.HttpServer;
import io.communitypulse.notifier.channel.WebhookFormat;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;

/**
 * A webhook receiver to try the notifier with ({@code ./pulse notifier receive --port P --secret S}):
 * checks each delivery's signature and timestamp as an integrator would (docs/alerts.md, Delivery)
 * and prints it. Answers 401 to a bad signature or a timestamp outside the replay window.
 */
public final class WebhookReceiverMain {

    private WebhookReceiverMain() {}

    public static void main(String[] args) throws Exception {
        int port = 18099;
        String secret = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[i + 1]);
                case "--secret" -> secret = args[i + 1];
                default -> throw new IllegalArgumentException("usage: receive --port P --secret S");
            }
        }
        if (secret == null) {
            System.err.println("usage: receive --port P --secret S (the webhook channel's secret)");
            System.exit(2);
        }
        String key = secret;
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String timestamp = exchange.getRequestHeaders().getFirst(WebhookFormat.TIMESTAMP_HEADER);
            String signature = exchange.getRequestHeaders().getFirst(WebhookFormat.SIGNATURE_HEADER);
            boolean valid = timestamp != null && signature != null && MessageDigest.isEqual(
                    ("v1=" + WebhookFormat.signature(key, timestamp, body)).getBytes(StandardCharsets.UTF_8),
                    signature.getBytes(StandardCharsets.UTF_8))
                    && Math.abs(Instant.now().getEpochSecond() - Long.parseLong(timestamp)) <= WebhookFormat.REPLAY_WINDOW_SECONDS;
            System.out.println(Instant.now() + " " + (valid ? "valid" : "INVALID") + " "
                    + exchange.getRequestHeaders().getFirst(WebhookFormat.EVENT_HEADER) + " "
                    + exchange.getRequestHeaders().getFirst(WebhookFormat.DELIVERY_HEADER) + " "
                    + new String(body, StandardCharsets.UTF_8));
            System.out.flush();
            exchange.sendResponseHeaders(valid ? 204 : 401, -1);
            exchange.close();
        });
        server.start();
        System.out.println("receiving webhooks on http://127.0.0.1:" + port + "/ (Ctrl-C stops)");
    }
}
