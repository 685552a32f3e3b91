package io.communitypulse.notifier.channel;

import java.time.Instant;

/** How one kind of channel wants its message and signature, and how to read its answer. */
public interface ChannelFormat {

    /** The request for one attempt; {@code now} is the signing time (signatures expire). */
    Request request(Notification notification, Instant now);

    /** What the channel's answer means. */
    Outcome judge(int httpStatus, String body);

    static ChannelFormat of(ChannelKind kind) {
        return switch (kind) {
            case WECOM -> new WeComFormat();
            case DINGTALK -> new DingTalkFormat();
            case FEISHU -> new FeishuFormat();
            case WEBHOOK -> new WebhookFormat();
        };
    }
}
