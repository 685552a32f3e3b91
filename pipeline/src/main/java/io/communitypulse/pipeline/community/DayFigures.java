package io.communitypulse.pipeline.community;

/**
 * Who is in a group at the end of a day (or now, for the current day), from the roster: members
 * (customers), staff, bots, and the members who spoke on one of the last seven days.
 */
record DayFigures(int members, int staff, int bots, int activeMembers7d) {

    static final int ACTIVE_DAYS = 7;

    /** @param ended whether the day is over: then presence at its end counts, not presence now */
    static DayFigures of(Roster roster, int day, boolean ended) {
        int members = 0;
        int staff = 0;
        int bots = 0;
        int active = 0;
        for (RosterMember member : roster.all()) {
            if (!(ended ? member.presentAtEndOf(day) : member.present)) {
                continue;
            }
            switch (member.role) {
                case MEMBER -> {
                    members++;
                    active += member.spokeWithin(day, ACTIVE_DAYS) ? 1 : 0;
                }
                case STAFF -> staff++;
                case BOT -> bots++;
            }
        }
        return new DayFigures(members, staff, bots, active);
    }
}
