package io.communitypulse.pipeline.community;

import io.communitypulse.events.ChatMessage;
import io.communitypulse.events.GroupSnapshot;
import io.communitypulse.events.MembershipChange;
import io.communitypulse.events.MembershipChangeKind;
import io.communitypulse.events.SnapshotMember;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;

/**
 * What one message, membership change or snapshot does to a group's roster and to the counts of
 * its day. Every change is a dated fact; {@link Roster} keeps what the facts say whatever order they
 * arrive in, so that events arriving out of order end in the same roster.
 */
final class RosterUpdate {

    private static final RosterMember.Departure STAYED = RosterMember.Departure.NONE;

    private final GroupHealthState state;
    private final DayBook days;
    private final Roster roster;
    private final ZoneId zone;
    private final long earlyExitMillis;

    RosterUpdate(GroupHealthState state, DayBook days, ZoneId zone, long earlyExitMillis) {
        this.state = state;
        this.days = days;
        this.roster = new Roster(state.members);
        this.zone = zone;
        this.earlyExitMillis = earlyExitMillis;
    }

    void message(ChatMessage message) {
        long at = message.sentAt().toEpochMilli();
        DayTally day = days.tally(at);
        RosterMember sender = roster.findOrAdd(message.senderId(), RosterMember.KnownFrom.MESSAGE);
        Roster.role(sender, message.senderRole(), at);
        Roster.fact(sender, true, at, days.endedBy(at), RosterMember.KnownFrom.MESSAGE, STAYED);
        if (at > sender.lastSpokeAt) {
            sender.lastSpokeAt = at;
            sender.unsaved = true;
        }
        boolean firstThatDay = sender.markSpoke(DayBook.dayOf(at, zone));
        if (day == null) {
            return;
        }
        switch (message.senderRole()) {
            case MEMBER -> {
                day.memberMessages++;
                day.dailySenders += firstThatDay ? 1 : 0;
                Quote quote = new Quote(message.eventId(), message.senderId(), Quote.shorten(message.text()), at);
                day.firstMemberMessage = Quote.earlier(day.firstMemberMessage, quote);
                day.lastMemberMessage = Quote.later(day.lastMemberMessage, quote);
            }
            case STAFF -> day.staffMessages++;
            case BOT -> day.botMessages++;
        }
    }

    void change(MembershipChange change) {
        long at = change.occurredAt().toEpochMilli();
        DayTally day = days.tally(at);
        DayTally ended = days.endedBy(at);
        if (change.change() == MembershipChangeKind.JOIN) {
            join(roster.findOrAdd(change.memberId(), RosterMember.KnownFrom.JOIN), at, ended);
            if (day != null) {
                day.joins++;
            }
            return;
        }
        boolean left = change.change() == MembershipChangeKind.LEAVE;
        RosterMember member = roster.findOrAdd(change.memberId(), RosterMember.KnownFrom.DEPARTURE);
        Roster.fact(member, false, at, ended, RosterMember.KnownFrom.DEPARTURE,
                left ? RosterMember.Departure.LEAVE : RosterMember.Departure.REMOVED);
        if (left && at > member.lastLeaveAt) {
            member.lastLeaveAt = at;
            countEarlyExit(member, at);
        }
        if (day != null) {
            if (left) {
                day.leaves++;
            } else {
                day.removals++;
            }
        }
    }

    /**
     * Everyone listed is in the group at the snapshot's time (and since they joined); everyone else the roster
     * knew of before that time is not.
     */
    void snapshot(GroupSnapshot snapshot) {
        long at = snapshot.takenAt().toEpochMilli();
        days.tally(at);
        DayTally ended = days.endedBy(at);
        if (at >= state.lastSnapshotAt) {
            state.lastSnapshotAt = at;
            state.groupName = snapshot.groupName() == null ? "" : snapshot.groupName();
            state.ownerId = snapshot.ownerId() == null ? "" : snapshot.ownerId();
        }
        Set<String> listed = new HashSet<>();
        for (SnapshotMember listedMember : snapshot.members()) {
            listed.add(listedMember.memberId());
            RosterMember member = roster.findOrAdd(listedMember.memberId(), RosterMember.KnownFrom.SNAPSHOT);
            Roster.role(member, listedMember.role(), at);
            if (listedMember.joinedAt() != null) {
                long joinedAt = listedMember.joinedAt().toEpochMilli();
                Roster.joined(member, joinedAt);
                Roster.fact(member, true, joinedAt, ended, RosterMember.KnownFrom.SNAPSHOT, STAYED);
            }
            Roster.fact(member, true, at, ended, RosterMember.KnownFrom.SNAPSHOT, STAYED);
        }
        for (RosterMember member : roster.all()) {
            // those the roster knew before the snapshot: someone first seen after it is none of its business
            if (!listed.contains(member.memberId) && member.knownAt < at) {
                Roster.fact(member, false, at, ended, RosterMember.KnownFrom.SNAPSHOT,
                        RosterMember.Departure.MISSING_FROM_SNAPSHOT);
            }
        }
    }

    private void join(RosterMember member, long at, DayTally ended) {
        if (at > member.lastLeaveAt) {
            member.earlyExitCounted = false; // a new stay
        }
        Roster.joined(member, at);
        Roster.fact(member, true, at, ended, RosterMember.KnownFrom.JOIN, STAYED);
        if (member.lastLeaveAt != RosterMember.UNKNOWN && at <= member.lastLeaveAt) {
            // a join that arrives after the leave it precedes may make that leave an early one
            countEarlyExit(member, member.lastLeaveAt);
        }
    }

    /**
     * A leave within the horizon after their latest join before it: an early exit, counted once, on the day
     * they left, whichever of the join and the leave arrives first.
     */
    private void countEarlyExit(RosterMember member, long leftAt) {
        if (member.earlyExitCounted || member.joinedAt == RosterMember.UNKNOWN || leftAt < member.joinedAt
                || leftAt - member.joinedAt > earlyExitMillis) {
            return;
        }
        DayTally day = days.tally(leftAt);
        if (day != null) {
            day.earlyExits++;
        }
        member.earlyExitCounted = true;
    }
}
