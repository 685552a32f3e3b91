package io.communitypulse.pipeline.community;

import java.io.Serializable;
import java.time.Duration;

/**
 * How the community-health state is kept, in event time.
 *
 * @param flushInterval    the current day's row is rewritten this long after a change, and at most this often
 * @param replyHorizon     a reply counts (member-to-member, topic) when it comes within this of its message
 * @param memberRetention  how long a member who left is remembered: longer than the seven days their messages count
 * @param forgetGroupAfter a group without any event for this long is forgotten: its state is dropped
 * @param tickInterval     how often {@link GroupTicks} tells every group the time
 */
public record HealthTiming(Duration flushInterval, Duration replyHorizon, Duration memberRetention,
                           Duration forgetGroupAfter, Duration tickInterval) implements Serializable {

    public static final HealthTiming DEFAULT = new HealthTiming(Duration.ofMinutes(10), Duration.ofHours(6),
            Duration.ofDays(8), Duration.ofDays(60), Duration.ofHours(1));
}
