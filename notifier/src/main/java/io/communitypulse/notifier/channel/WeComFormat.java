package io.communitypulse.notifier.channel;

import java.time.Instant;
import java.util.Map;

/**
 * A WeCom (企业微信) group robot: {@code {"msgtype":"markdown","markdown":{"content":...}}} to the
 * robot's webhook URL (its key is in the URL; no signature). Content at most 4096 bytes. Answers
 * {@code errcode} 0; 45009 (over 20 a minute) and -1 (busy) are retried.
 */
final class WeComFormat implements ChannelFormat {

    static final int MAX_CONTENT_BYTES = 4096;

    @Override
    public Request request(Notification notification, Instant now) {
        String content = Markdown.render(AlertText.of(notification), notification.channel().english(), MAX_CONTENT_BYTES);
        Map<String, Object> body = Map.of("msgtype", "markdown", "markdown", Map.of("content", content));
        return new Request(notification.channel().url(), RobotJson.JSON_HEADERS, RobotJson.bytes(body));
    }

    @Override
    public Outcome judge(int httpStatus, String body) {
        return RobotJson.judge(httpStatus, body, "errcode", 45009, -1);
    }
}
