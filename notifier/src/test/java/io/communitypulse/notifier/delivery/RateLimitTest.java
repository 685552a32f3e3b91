package io.communitypulse.notifier.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import io.communitypulse.notifier.channel.ChannelKind;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RateLimitTest {

    private static final Instant T0 = Instant.parse("2025-06-01T08:00:00Z");

    @Test
    void shouldHoldTheTwentyFirstWeComMessageUntilTheFirstLeavesTheMinute() {
        RateLimit limit = new RateLimit(ChannelKind.WECOM.platformLimits());
        for (int i = 0; i < 20; i++) {
            Instant at = T0.plusSeconds(i);
            assertThat(limit.nextAllowed(at)).isEqualTo(at);
            limit.recordSend(at);
        }

        assertThat(limit.nextAllowed(T0.plusSeconds(20))).isEqualTo(T0.plusSeconds(60));
    }

    @Test
    void shouldHoldFeishuToFiveASecondAndAHundredAMinute() {
        RateLimit limit = new RateLimit(ChannelKind.FEISHU.platformLimits());
        Instant at = T0;
        for (int i = 0; i < 100; i++) {
            at = limit.nextAllowed(at);
            limit.recordSend(at);
        }

        // five a second: the 100th send goes out no sooner than 19 s after the first
        assertThat(Duration.between(T0, at)).isGreaterThanOrEqualTo(Duration.ofSeconds(19));
        assertThat(limit.nextAllowed(at)).isEqualTo(T0.plusSeconds(60));
    }

    @Test
    void shouldNotLimitAWebhookWithoutConfiguredLimits() {
        RateLimit limit = new RateLimit(ChannelKind.WEBHOOK.platformLimits());
        for (int i = 0; i < 1000; i++) {
            limit.recordSend(T0);
        }

        assertThat(limit.nextAllowed(T0)).isEqualTo(T0);
    }

    @Test
    void backoffGrowsExponentiallyWithJitterUpToTheCap() {
        Backoff backoff = new Backoff(10, Duration.ofSeconds(1), Duration.ofSeconds(30));

        assertThat(backoff.delayAfter(1, () -> 0.0)).isEqualTo(Duration.ofMillis(500));
        assertThat(backoff.delayAfter(1, () -> 0.999)).isBetween(Duration.ofMillis(990), Duration.ofSeconds(1));
        assertThat(backoff.delayAfter(4, () -> 0.0)).isEqualTo(Duration.ofSeconds(4));
        assertThat(backoff.delayAfter(9, () -> 0.0)).isEqualTo(Duration.ofSeconds(15));
    }
}
