package io.communitypulse.pipeline.community;

import java.io.Serializable;

/**
 * When a group is a notice board: over the {@code days} up to a day's end, at least {@code minMessages}
 * messages, at least {@code staffShare} of them from staff and bots, and at most {@code maxSpeakers}
 * distinct members speaking. Judged only once the group has been seen for all of those days.
 */
public record BroadcastRule(int days, int minMessages, double staffShare, int maxSpeakers) implements Serializable {

    /** A typical group has 70% of its messages from the brand (DOMAIN.md); 90% and three voices is a notice board. */
    public static final BroadcastRule DEFAULT = new BroadcastRule(7, 20, 0.9, 3);

    /** The share of a typical group, quoted in the alert as what the group is compared with. */
    public static final double TYPICAL_STAFF_SHARE = 0.7;
}
