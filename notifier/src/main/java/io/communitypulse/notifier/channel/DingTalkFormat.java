package io.communitypulse.notifier.channel;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

/**
 * A DingTalk (钉钉) custom robot: {@code {"msgtype":"markdown","markdown":{"title":...,"text":...}}}.
 * Signed when it has a secret: {@code &timestamp=<ms>&sign=<urlencode(base64(HMAC-SHA256(secret,
 * timestamp + "\n" + secret)))>} on the URL; DingTalk refuses a timestamp more than an hour off.
 * Answers {@code errcode} 0; 130101 (over 20 a minute) and -1 (busy) are retried.
 */
final class DingTalkFormat implements ChannelFormat {

    @Override
    public Request request(Notification notification, Instant now) {
        AlertText text = AlertText.of(notification);
        String markdown = Markdown.render(text, notification.channel().english(), WeComFormat.MAX_CONTENT_BYTES);
        Map<String, Object> body = Map.of("msgtype", "markdown", "markdown", Map.of("title", text.title(), "text", markdown));
        return new Request(signedUrl(notification.channel(), now), RobotJson.JSON_HEADERS, RobotJson.bytes(body));
    }

    static String sign(String secret, long timestampMillis) {
        byte[] mac = Hmac.sha256(secret, (timestampMillis + "\n" + secret).getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().encodeToString(mac);
    }

    private static URI signedUrl(Channel channel, Instant now) {
        if (channel.secret().isEmpty()) {
            return channel.url();
        }
        long timestamp = now.toEpochMilli();
        String url = channel.url().toString();
        return URI.create(url + (url.contains("?") ? "&" : "?") + "timestamp=" + timestamp + "&sign="
                + URLEncoder.encode(sign(channel.secret(), timestamp), StandardCharsets.UTF_8));
    }

    @Override
    public Outcome judge(int httpStatus, String body) {
        return RobotJson.judge(httpStatus, body, "errcode", 130101, -1);
    }
}
