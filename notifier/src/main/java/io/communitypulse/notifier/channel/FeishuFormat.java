package io.communitypulse.notifier.channel;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Feishu / Lark (飞书) custom bot: a rich-text {@code post} message. Signed when it has a secret:
 * {@code "timestamp"} (seconds) and {@code "sign"} = base64(HMAC-SHA256 keyed with
 * {@code timestamp + "\n" + secret} over an empty message) in the body; Feishu refuses a timestamp
 * more than an hour off. Answers {@code code} 0; 9499 and 11232 (frequency limits) are retried.
 */
final class FeishuFormat implements ChannelFormat {

    /** Rich-text posts are rendered line by line; the body stays well inside Feishu's 20 KB. */
    static final int MAX_EVIDENCE_BYTES = 8192;

    @Override
    public Request request(Notification notification, Instant now) {
        AlertText text = AlertText.of(notification);
        boolean en = notification.channel().english();
        List<List<Map<String, String>>> lines = new ArrayList<>();
        for (AlertText.Fact fact : text.facts()) {
            lines.add(List.of(span(fact.label() + (en ? ": " : "：") + fact.value())));
        }
        int bytes = 0;
        int shown = 0;
        for (AlertText.Quote quote : text.quotes()) {
            String line = "「" + quote.text() + "」 — " + quote.sender() + " " + quote.time();
            bytes += line.getBytes(StandardCharsets.UTF_8).length;
            if (bytes > MAX_EVIDENCE_BYTES) {
                break;
            }
            lines.add(List.of(span(line)));
            shown++;
        }
        if (shown < text.quotes().size()) {
            lines.add(List.of(span(text.moreEvidence(shown, en))));
        }
        lines.add(List.of(Map.of("tag", "a", "text", text.linkLabel(), "href", text.link())));

        Map<String, Object> body = new LinkedHashMap<>();
        if (!notification.channel().secret().isEmpty()) {
            long timestamp = now.getEpochSecond();
            body.put("timestamp", Long.toString(timestamp));
            body.put("sign", sign(notification.channel().secret(), timestamp));
        }
        body.put("msg_type", "post");
        body.put("content", Map.of("post", Map.of(en ? "en_us" : "zh_cn", Map.of("title", text.title(), "content", lines))));
        return new Request(notification.channel().url(), RobotJson.JSON_HEADERS, RobotJson.bytes(body));
    }

    static String sign(String secret, long timestampSeconds) {
        return Base64.getEncoder().encodeToString(Hmac.sha256(timestampSeconds + "\n" + secret, new byte[0]));
    }

    private static Map<String, String> span(String text) {
        return Map.of("tag", "text", "text", text);
    }

    @Override
    public Outcome judge(int httpStatus, String body) {
        return RobotJson.judge(httpStatus, body, "code", 9499, 11232);
    }
}
