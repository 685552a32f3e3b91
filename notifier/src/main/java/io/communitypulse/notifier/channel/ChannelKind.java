package io.communitypulse.notifier.channel;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The kinds of channel the notifier delivers to, each with the rate limits its platform documents:
 * a WeCom group robot and a DingTalk custom robot take 20 messages a minute, a Feishu custom bot 100
 * a minute and 5 a second. A generic webhook has none unless the configuration sets some.
 */
public enum ChannelKind {
    WECOM(List.of(RateWindow.of(20, Duration.ofMinutes(1)))),
    DINGTALK(List.of(RateWindow.of(20, Duration.ofMinutes(1)))),
    FEISHU(List.of(RateWindow.of(100, Duration.ofMinutes(1)), RateWindow.of(5, Duration.ofSeconds(1)))),
    WEBHOOK(List.of());

    private final List<RateWindow> platformLimits;

    ChannelKind(List<RateWindow> platformLimits) {
        this.platformLimits = platformLimits;
    }

    public List<RateWindow> platformLimits() {
        return platformLimits;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ChannelKind fromWire(String name) {
        return Arrays.stream(values()).filter(kind -> kind.wireName().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown channel kind '" + name + "'; one of "
                        + Arrays.stream(values()).map(ChannelKind::wireName).collect(Collectors.joining(", "))));
    }

    /** At most {@code count} messages in any {@code window}. */
    public record RateWindow(int count, Duration window) {
        public static RateWindow of(int count, Duration window) {
            if (count < 1 || window.isNegative() || window.isZero()) {
                throw new IllegalArgumentException("a rate limit needs a positive count and window");
            }
            return new RateWindow(count, window);
        }
    }
}
