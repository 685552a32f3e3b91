package io.communitypulse.pipeline.community;

import java.io.Serializable;
import java.time.Duration;

/**
 * When leaves are a mass exit: at least {@code minLeaves} members leave on their own within
 * {@code window}, and at least {@code factor} times as many as the group's own rate of the last
 * {@code baselineDays} would bring (never taken as less than {@code floorPerDay}). Member messages
 * urging others to leave or to stop buying from {@code urgingLookback} before the first of those
 * leaves on mark it incited.
 */
public record MassExitRule(Duration window, int minLeaves, double factor, double floorPerDay, int baselineDays,
                           Duration urgingLookback) implements Serializable {

    /**
     * An hour, 5 members, 10 times the normal rate, at least one leave a day taken as normal: a group of 300
     * loses a few members a week, so 5 in an hour is far outside its normal; two people leaving together is
     * not yet a movement; a busy group losing 20 a day needs 9 in an hour.
     */
    public static final MassExitRule DEFAULT = new MassExitRule(Duration.ofHours(1), 5, 10, 1.0, 7, Duration.ofMinutes(30));
}
