package io.communitypulse.notifier.channel;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.communitypulse.events.alert.AlertJson;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A generic JSON webhook for integrators (docs/alerts.md, Delivery): the alert as the API serves it,
 * why it is sent, the rendered text and a link, under a {@code delivery_id} that stays the same across
 * attempts. Signed: {@code X-Pulse-Signature: v1=hex(HMAC-SHA256(secret, timestamp + "." + body))}
 * with {@code X-Pulse-Timestamp} (Unix seconds); a receiver rejects a timestamp more than
 * {@link #REPLAY_WINDOW_SECONDS} from its clock. Any 2xx is delivered; 408, 429 and 5xx are retried.
 */
public final class WebhookFormat implements ChannelFormat {

    public static final String DELIVERY_HEADER = "X-Pulse-Delivery";
    public static final String EVENT_HEADER = "X-Pulse-Event";
    public static final String TIMESTAMP_HEADER = "X-Pulse-Timestamp";
    public static final String SIGNATURE_HEADER = "X-Pulse-Signature";
    public static final long REPLAY_WINDOW_SECONDS = 300;

    @Override
    public Request request(Notification notification, Instant now) {
        byte[] body = body(notification);
        String timestamp = Long.toString(now.getEpochSecond());
        Map<String, String> headers = new LinkedHashMap<>(RobotJson.JSON_HEADERS);
        headers.put(DELIVERY_HEADER, notification.deliveryId());
        headers.put(EVENT_HEADER, "alert." + notification.notice().wireName());
        headers.put(TIMESTAMP_HEADER, timestamp);
        headers.put(SIGNATURE_HEADER, "v1=" + signature(notification.channel().secret(), timestamp, body));
        return new Request(notification.channel().url(), headers, body);
    }

    public static String signature(String secret, String timestamp, byte[] body) {
        byte[] prefix = (timestamp + ".").getBytes(StandardCharsets.UTF_8);
        byte[] message = new byte[prefix.length + body.length];
        System.arraycopy(prefix, 0, message, 0, prefix.length);
        System.arraycopy(body, 0, message, prefix.length, body.length);
        return HexFormat.of().formatHex(Hmac.sha256(secret, message));
    }

    private static byte[] body(Notification notification) {
        AlertText text = AlertText.of(notification);
        ObjectNode body = RobotJson.MAPPER.createObjectNode();
        body.put("delivery_id", notification.deliveryId());
        body.put("notice", notification.notice().wireName());
        body.put("channel_id", notification.channel().id());
        body.put("language", notification.channel().language());
        body.put("title", text.title());
        body.put("text", Markdown.render(text, notification.channel().english(), Integer.MAX_VALUE));
        body.put("alert_url", text.link());
        try {
            body.set("alert", RobotJson.MAPPER.readTree(AlertJson.write(notification.alert())));
        } catch (Exception e) {
            throw new IllegalStateException("an alert always writes as JSON", e);
        }
        return RobotJson.bytes(body);
    }

    @Override
    public Outcome judge(int httpStatus, String body) {
        return Outcome.ofHttpStatus(httpStatus, body);
    }
}
