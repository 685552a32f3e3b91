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
    /** How far below the staff share a notice board must fall before its alert ends. */
    static final double STAFF_SHARE_HYSTERESIS = 0.1;

    /**
     * Whether a notice board talks again: the brand's share well below the threshold or more than twice the
     * speakers allowed. Between opening and ending it stays open, so one more voice does not end the alert and
     * open a new one the next day.
     */
    boolean talksAgain(double share, int speakers) {
        return share < staffShare - STAFF_SHARE_HYSTERESIS || speakers > 2 * maxSpeakers;
    }
}
