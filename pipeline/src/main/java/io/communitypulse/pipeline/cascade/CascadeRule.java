package io.communitypulse.pipeline.cascade;

import java.io.Serializable;
import java.time.Duration;

/**
 * When complaints are a cascade: at least {@code minDistinctMembers} different members negative
 * about the same product or aspect in one group, each within {@code window} of the previous one.
 * Once raised, the cascade has {@code peaked} when no new member has joined for {@code peakedAfter},
 * is {@code quiet} when nobody has added to it for {@code quietAfter}, and has {@code ended} when the
 * window passes without evidence.
 */
public record CascadeRule(Duration window, int minDistinctMembers, Duration peakedAfter, Duration quietAfter)
        implements Serializable {

    public static final CascadeRule DEFAULT = new CascadeRule(Duration.ofMinutes(10), 3, Duration.ofMinutes(3),
            Duration.ofMinutes(5));

    public long windowMillis() {
        return window.toMillis();
    }
}
