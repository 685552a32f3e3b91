package io.communitypulse.pipeline.community;

import java.io.Serializable;
import java.time.Duration;

/**
 * When new members leave too soon: of the members who joined (join events) in the last
 * {@code period}, at least {@code minJoins}, a share of at least {@code share} left on their own within
 * {@code horizon} of joining.
 */
public record EarlyExitRule(Duration horizon, Duration period, int minJoins, double share) implements Serializable {

    /** 24 h and 7 days as operators count them; 10 joins so that two early leavers of five joins do not alarm. */
    public static final EarlyExitRule DEFAULT = new EarlyExitRule(Duration.ofHours(24), Duration.ofDays(7), 10, 0.3);
}
