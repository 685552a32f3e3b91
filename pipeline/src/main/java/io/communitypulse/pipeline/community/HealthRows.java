package io.communitypulse.pipeline.community;

import java.time.ZoneId;

/** The rows community health writes: a group's day as it stands, and the people of its roster. */
final class HealthRows {

    private HealthRows() {}

    static GroupHealthDay day(GroupHealthState state, DayTally day, DayFigures figures, ZoneId zone, boolean complete,
                              long asOfMillis) {
        long lastMemberMessage = Quote.later(state.lastMemberMessage, day.lastMemberMessage) == null
                ? RosterMember.UNKNOWN : Quote.later(state.lastMemberMessage, day.lastMemberMessage).atMillis;
        return new GroupHealthDay(state.brandId, state.groupId, day.day, zone.getId(), state.groupName, figures.members(),
                membersAtStart(day, figures), figures.staff(), figures.bots(), day.joins, day.leaves, day.removals,
                day.earlyExits, day.dailySenders, figures.activeMembers7d(),
                day.memberMessages, day.staffMessages, day.botMessages, day.memberTopics, day.memberReplies,
                lastMemberMessage, complete, asOfMillis);
    }

    /** Known from the day before; on a group's first day, its members at the end less the day's joins and exits. */
    private static int membersAtStart(DayTally day, DayFigures figures) {
        if (day.membersAtStart >= 0) {
            return day.membersAtStart;
        }
        return Math.max(0, figures.members() - day.joins + day.leaves + day.removals);
    }
}
