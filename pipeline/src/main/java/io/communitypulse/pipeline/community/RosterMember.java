package io.communitypulse.pipeline.community;

import io.communitypulse.events.SenderRole;

/**
 * One person the roster knows in a group: in it now, or gone recently. Presence follows the
 * latest-dated fact about them (a join, a message, a snapshot: in; a leave, a removal, missing from a
 * snapshot: out); every other field is likewise a function of the facts, not of their arrival order:
 * how they were first known (the earliest fact), their role (the latest role), their join (the latest
 * join), and when and how they went (the first out-fact after their last in-fact). While the day just
 * ended is still open for late events, their presence at its end is kept aside, so that the day's
 * figures never count what happened after midnight. A Flink POJO: times are epoch millis,
 * {@link #UNKNOWN} when not known.
 */
public final class RosterMember {

    public static final long UNKNOWN = Long.MIN_VALUE;
    public static final int NO_DAY = Integer.MIN_VALUE;

    public String memberId;
    public SenderRole role = SenderRole.MEMBER;
    public long roleAt = UNKNOWN;
    public boolean present;
    /** Time of the latest fact about their presence. */
    public long factAt = UNKNOWN;
    /** Time of the latest fact that had them in the group. */
    public long lastInAt = UNKNOWN;
    /** Time of the earliest fact about them: it says how they were first known. */
    public long knownAt = UNKNOWN;
    public long joinedAt = UNKNOWN;
    /** When they went, while {@code present} is false. */
    public long leftAt = UNKNOWN;
    public Departure departure = Departure.NONE;
    public KnownFrom knownFrom = KnownFrom.JOIN;
    /** The ended, not yet closed day whose end they crossed, and their presence at that end. */
    public int boundaryDay = NO_DAY;
    public boolean presentAtBoundary;
    public long factAtBoundary = UNKNOWN;
    public long lastSpokeAt = UNKNOWN;
    /** Days they spoke, as bits: bit k is the day {@code lastSpokeDay - k} (days of the brand's zone). */
    public int lastSpokeDay = NO_DAY;
    public int spokeDays;
    /** Their latest leave on their own, whatever came after it. */
    public long lastLeaveAt = UNKNOWN;
    public boolean earlyExitCounted;
    /** Changed since its last {@code group_members} row. */
    public boolean unsaved = true;

    /** How someone went. */
    public enum Departure { NONE, LEAVE, REMOVED, MISSING_FROM_SNAPSHOT }

    /** How the roster first learned of someone. */
    public enum KnownFrom { JOIN, SNAPSHOT, MESSAGE, DEPARTURE }

    public RosterMember() {}

    RosterMember(String memberId, KnownFrom knownFrom) {
        this.memberId = memberId;
        this.knownFrom = knownFrom;
    }

    /** Whether they were in the group at the end of {@code day}, once that day has ended. */
    boolean presentAtEndOf(int day) {
        return boundaryDay == day ? presentAtBoundary : present;
    }

    /** Whether they spoke on one of the {@code days} days up to and including {@code day}. */
    boolean spokeWithin(int day, int days) {
        if (lastSpokeDay == NO_DAY) {
            return false;
        }
        // the days day-days+1..day are the bits lastSpokeDay-day .. lastSpokeDay-day+days-1
        int low = Math.max(0, lastSpokeDay - day);
        int high = Math.min(Integer.SIZE - 1, lastSpokeDay - day + days - 1);
        if (low > high) {
            return false;
        }
        int width = high - low + 1;
        int mask = width == Integer.SIZE ? -1 : ((1 << width) - 1) << low;
        return (spokeDays & mask) != 0;
    }

    /** Marks {@code day} as a day they spoke; false when it was already marked. */
    boolean markSpoke(int day) {
        if (lastSpokeDay == NO_DAY || day > lastSpokeDay) {
            int shift = lastSpokeDay == NO_DAY ? Integer.SIZE : day - lastSpokeDay;
            spokeDays = shift >= Integer.SIZE ? 1 : (spokeDays << shift) | 1;
            lastSpokeDay = day;
            return true;
        }
        int bit = lastSpokeDay - day;
        if (bit >= Integer.SIZE || (spokeDays & (1 << bit)) != 0) {
            return false;
        }
        spokeDays |= 1 << bit;
        return true;
    }

    boolean isCustomer() {
        return role == SenderRole.MEMBER;
    }
}
