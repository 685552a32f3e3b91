package io.communitypulse.pipeline.community;

import java.util.List;
import java.util.function.Predicate;

/**
 * Who is in a group: the members list of a {@link GroupHealthState}, sorted by id. The rule: the
 * latest-dated fact about a person decides whether they are in (docs/events.md, "Reconciliation").
 */
final class Roster {

    private final List<RosterMember> members;

    Roster(List<RosterMember> members) {
        this.members = members;
    }

    RosterMember find(String memberId) {
        int at = indexOf(memberId);
        return at >= 0 ? members.get(at) : null;
    }

    RosterMember findOrAdd(String memberId, RosterMember.KnownFrom knownFrom) {
        int at = indexOf(memberId);
        if (at >= 0) {
            return members.get(at);
        }
        RosterMember member = new RosterMember(memberId, knownFrom);
        members.add(-at - 1, member);
        return member;
    }

    /**
     * A dated fact: {@code member} was in the group at {@code millis}, or was not ({@code how} they went).
     * Before a fact after the end of the day {@code ended} changes them, their presence at that end is
     * kept; a late fact from before that end corrects it.
     *
     * @param source what the fact is: how they would be known if it is the earliest
     * @return whether their presence now changed
     */
    static boolean fact(RosterMember member, boolean present, long millis, DayTally ended, RosterMember.KnownFrom source,
                        RosterMember.Departure how) {
        learnedFrom(member, millis, source);
        boundary(member, present, millis, ended);
        boolean changed = false;
        if (millis >= member.factAt) {
            changed = member.present != present;
            member.present = present;
            member.factAt = millis;
        }
        if (present) {
            member.lastInAt = Math.max(member.lastInAt, millis);
        }
        if (member.present) {
            member.unsaved |= member.leftAt != RosterMember.UNKNOWN;
            member.leftAt = RosterMember.UNKNOWN;
            member.departure = RosterMember.Departure.NONE;
        } else if (!present && millis > member.lastInAt && (changed || member.leftAt == RosterMember.UNKNOWN
                || millis < member.leftAt)) {
            // the first out-fact after their last in-fact says when and how they went, whichever came first
            member.leftAt = millis;
            member.departure = how;
            member.unsaved = true;
        }
        member.unsaved |= changed;
        return changed;
    }

    private static void learnedFrom(RosterMember member, long millis, RosterMember.KnownFrom source) {
        if (member.knownAt == RosterMember.UNKNOWN || millis < member.knownAt
                || millis == member.knownAt && source.ordinal() < member.knownFrom.ordinal()) {
            member.unsaved |= member.knownFrom != source;
            member.knownAt = millis;
            member.knownFrom = source;
        }
    }

    private static void boundary(RosterMember member, boolean present, long millis, DayTally ended) {
        if (ended != null) {
            if (millis >= ended.endMillis && member.boundaryDay != ended.day) {
                member.boundaryDay = ended.day;
                member.presentAtBoundary = member.present;
                member.factAtBoundary = member.factAt;
            } else if (millis < ended.endMillis && member.boundaryDay == ended.day && millis >= member.factAtBoundary) {
                member.presentAtBoundary = present;
                member.factAtBoundary = millis;
            }
        }
    }

    /** Their role by the latest-dated fact that gives one. */
    static void role(RosterMember member, io.communitypulse.events.SenderRole role, long millis) {
        if (millis >= member.roleAt) {
            member.unsaved |= member.role != role;
            member.role = role;
            member.roleAt = millis;
        }
    }

    /** Their latest join, from a join event or a snapshot. */
    static void joined(RosterMember member, long millis) {
        if (millis > member.joinedAt) {
            member.joinedAt = millis;
            member.unsaved = true;
        }
    }

    int count(Predicate<RosterMember> which) {
        int count = 0;
        for (RosterMember member : members) {
            if (which.test(member)) {
                count++;
            }
        }
        return count;
    }

    List<RosterMember> all() {
        return members;
    }

    /** Forgets those gone before {@code beforeMillis} whose last row is written: members gone for good. */
    void purge(long beforeMillis) {
        members.removeIf(member -> !member.present && member.factAt < beforeMillis && !member.unsaved);
    }

    private int indexOf(String memberId) {
        return SortedIds.indexOf(members, member -> member.memberId, memberId);
    }
}
