package io.communitypulse.pipeline.community;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** A group's open days, in the brand's zone: the one an event counts in, and the one that just ended. */
final class DayBook {

    private final GroupHealthState state;
    private final ZoneId zone;

    DayBook(GroupHealthState state, ZoneId zone) {
        this.state = state;
        this.zone = zone;
    }

    static int dayOf(long millis, ZoneId zone) {
        return (int) LocalDate.ofInstant(Instant.ofEpochMilli(millis), zone).toEpochDay();
    }

    static long startOf(int day, ZoneId zone) {
        return LocalDate.ofEpochDay(day).atStartOfDay(zone).toInstant().toEpochMilli();
    }

    /** The day {@code millis} falls in, opened if needed; null when that day has already closed. */
    DayTally tally(long millis) {
        int day = dayOf(millis, zone);
        if (state.closedThrough != RosterMember.NO_DAY && day <= state.closedThrough) {
            return null;
        }
        int at = 0;
        while (at < state.days.size() && state.days.get(at).day < day) {
            at++;
        }
        if (at < state.days.size() && state.days.get(at).day == day) {
            return state.days.get(at);
        }
        DayTally tally = new DayTally(day, startOf(day, zone), startOf(day + 1, zone));
        if (state.closedThrough == day - 1) {
            tally.membersAtStart = state.membersAtLastClose;
        }
        state.days.add(at, tally);
        return tally;
    }

    /** The open day that ended at or before {@code millis}: a fact at that time comes after its end. */
    DayTally endedBy(long millis) {
        DayTally ended = null;
        for (DayTally tally : state.days) {
            if (tally.endMillis <= millis) {
                ended = tally;
            }
        }
        return ended;
    }

    DayTally oldestOpen() {
        return state.days.isEmpty() ? null : state.days.get(0);
    }
}
