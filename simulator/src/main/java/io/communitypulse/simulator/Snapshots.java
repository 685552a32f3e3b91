package io.communitypulse.simulator;

import io.communitypulse.events.GroupSnapshot;
import io.communitypulse.events.SenderRole;
import io.communitypulse.events.SnapshotMember;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A snapshot of every group (WeCom 客户群详情) at the beginning of the stream, then every
 * {@link HealthScenarios#snapshotEvery()}: everyone in the group at that moment with their role and
 * join time. Members who were in a group before the stream began get a join time from their id.
 */
final class Snapshots {

    private static final long HISTORY_DAYS = 400;

    private final List<Group> groups;
    private final Timeline timeline;
    private final Duration every;
    private final Instant origin;
    private Instant next;

    Snapshots(Community community, Timeline timeline, SimulatorConfig config) {
        this.groups = community.groups;
        this.timeline = timeline;
        this.every = config.health().snapshotEvery();
        this.origin = config.historyStart();
        this.next = origin;
    }

    /** When the next round of snapshots is taken. */
    Instant next() {
        return next;
    }

    /** Puts a snapshot of every group as it stands now on the timeline, and schedules the next round. */
    void take() {
        for (Group group : groups) {
            timeline.add(snapshot(group, next));
        }
        next = next.plus(every);
    }

    private GroupSnapshot snapshot(Group group, Instant at) {
        List<SnapshotMember> listed = new ArrayList<>();
        Instant created = origin.minus(Duration.ofDays(HISTORY_DAYS + 1));
        group.staff.forEach(staff -> listed.add(new SnapshotMember(staff.id(), SenderRole.STAFF, created)));
        listed.add(new SnapshotMember(group.bot.id(), SenderRole.BOT, created));
        for (Person member : group.members) {
            listed.add(new SnapshotMember(member.id(), SenderRole.MEMBER, joinedAt(group, member)));
        }
        for (Group.Stay stay : group.staged) {
            if (!at.isBefore(stay.from()) && at.isBefore(stay.until())) {
                Instant joined = stay.from().equals(Instant.MIN) ? joinedAt(group, stay.person()) : stay.from();
                listed.add(new SnapshotMember(stay.person().id(), SenderRole.MEMBER, joined));
            }
        }
        return new GroupSnapshot("snap-" + group.id + "-" + at.getEpochSecond(), group.brand.id(), group.id, group.name,
                group.staff.get(0).id(), listed, at);
    }

    /** When they joined: recorded for those who joined during the stream, else a day before it, from their id. */
    private Instant joinedAt(Group group, Person member) {
        Instant joined = group.joinedAt.get(member.id());
        if (joined != null) {
            return joined;
        }
        long mixed = member.id().hashCode() * 0x9E3779B97F4A7C15L;
        return origin.minus(Duration.ofDays(1 + Math.floorMod(mixed >>> 20, HISTORY_DAYS)))
                .minusSeconds(Math.floorMod(mixed >>> 40, 86_400L));
    }
}
