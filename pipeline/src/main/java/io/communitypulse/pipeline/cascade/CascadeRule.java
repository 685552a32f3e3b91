package io.communitypulse.pipeline.cascade;

import java.io.Serializable;
import java.time.Duration;

/**
 * When complaints are a cascade: at least {@code minDistinctMembers} different members negative
 * about the same product or aspect in one group, each within {@code window} of the previous one.
 */
public record CascadeRule(Duration window, int minDistinctMembers) implements Serializable {

    public static final CascadeRule DEFAULT = new CascadeRule(Duration.ofMinutes(10), 3);

    public long windowMillis() {
        return window.toMillis();
    }
}
