package io.communitypulse.pipeline.community;

import io.communitypulse.events.ChatMessage;
import io.communitypulse.events.SenderRole;
import io.communitypulse.pipeline.timeline.Detector;
import io.communitypulse.pipeline.timeline.DetectorOutput;
import io.communitypulse.pipeline.timeline.GroupEvent;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.util.OutputTag;

/**
 * Community health of one group on its ordered stream: the roster (fed by messages, membership
 * changes and snapshots), the counts of each day of the brand's zone, the rows of
 * {@code group_health_daily} (rewritten as the day goes, final once the day is over and the allowed
 * lateness has passed) and {@code group_members}, and the {@code dormant_group} and
 * {@code broadcast_only} alerts.
 *
 * <p>Its state holds a whole roster, so late events are fed as they come
 * ({@link LatePolicy#IN_ARRIVAL_ORDER}) instead of replaying the group: every count is of events and
 * every roster decision is by the latest-dated fact, so arrival order does not change them, and
 * whatever is judged (a day's figures, dormancy) is judged as of a time all events of which have
 * arrived.
 */
public final class GroupHealthDetector implements Detector<GroupHealthState> {

    private static final long serialVersionUID = 1L;
    public static final OutputTag<GroupHealthDay> DAYS = new OutputTag<>("group-health-days") {};
    public static final OutputTag<GroupMemberRow> MEMBERS = new OutputTag<>("group-members") {};

    private final HealthSettings settings;
    private final long latenessMillis;
    /** A day is final, and a moment judged, this long after it: the lateness and a minute. */
    private final long settleMillis;
    private final DormantWatch dormant;
    private final BroadcastWatch broadcast;

    public GroupHealthDetector(HealthSettings settings, Duration allowedLateness) {
        this.settings = settings;
        this.latenessMillis = allowedLateness.toMillis();
        this.settleMillis = latenessMillis + Duration.ofMinutes(1).toMillis();
        this.dormant = new DormantWatch(settings.dormantAfter());
        this.broadcast = new BroadcastWatch(settings.broadcastOnly());
    }

    @Override
    public String name() {
        return "community-health";
    }

    @Override
    public TypeInformation<GroupHealthState> stateType() {
        return TypeInformation.of(GroupHealthState.class);
    }

    @Override
    public GroupHealthState newState() {
        return new GroupHealthState();
    }

    @Override
    public LatePolicy latePolicy() {
        return LatePolicy.IN_ARRIVAL_ORDER;
    }

    @Override
    public void onEvent(GroupHealthState state, GroupEvent event, DetectorOutput out) {
        if (event.tick != null) {
            tick(state, event.tick.atMillis, out);
            return;
        }
        if (event.message == null && event.membership == null && event.snapshot == null) {
            return;
        }
        long at = event.timeMillis();
        state.brandId = event.brandId();
        state.groupId = event.groupId();
        state.firstSeenAt = state.firstSeenAt == RosterMember.UNKNOWN ? at : Math.min(state.firstSeenAt, at);
        state.lastEventAt = Math.max(state.lastEventAt, at);
        ZoneId zone = settings.zoneOf(state.brandId);
        DayBook days = new DayBook(state, zone);
        RosterUpdate update = new RosterUpdate(state, days, zone, settings.earlyExits().horizon().toMillis());
        if (event.message != null) {
            ChatMessage message = event.message.message();
            update.message(message);
            if (message.senderRole() == SenderRole.MEMBER) {
                conversation(state, days).memberMessage(message.eventId(), message.senderId(), message.replyTo(), at);
            }
        } else if (event.membership != null) {
            update.change(event.membership);
        } else {
            update.snapshot(event.snapshot);
        }
        state.markDirty(at);
        // an event is the job's clock too: a group that talks gets no ticks (GroupTicks), and every event up to
        // its time less the settling time has arrived
        judge(state, at, zone, out);
    }

    @Override
    public void onTime(GroupHealthState state, long timeMillis, DetectorOutput out) {
        advance(state, timeMillis, out);
    }

    @Override
    public long nextWakeUp(GroupHealthState state) {
        long flush = state.dirtySince == RosterMember.UNKNOWN ? Long.MAX_VALUE : nextFlush(state);
        long close = state.days.isEmpty() ? Long.MAX_VALUE : state.days.get(0).endMillis + settleMillis;
        return Math.min(flush, close);
    }

    @Override
    public boolean isEmpty(GroupHealthState state) {
        return state.isEmpty();
    }

    /** The job's clock reached the group: close its days, start today's, judge dormancy, forget what is old. */
    private void tick(GroupHealthState state, long at, DetectorOutput out) {
        if (state.isEmpty()) {
            return;
        }
        if (at - state.lastEventAt >= settings.timing().forgetGroupAfter().toMillis()) {
            forget(state);
            return;
        }
        ZoneId zone = settings.zoneOf(state.brandId);
        advance(state, at, out);
        int openDays = state.days.size();
        DayBook days = new DayBook(state, zone);
        days.tally(at);
        if (state.days.size() > openDays) {
            state.markDirty(at);
        }
        judge(state, at, zone, out);
        conversation(state, days).prune(at, latenessMillis);
    }

    /** What is judged on the job's clock, as of {@code at} less the settling time: no event up to then can still come. */
    private void judge(GroupHealthState state, long at, ZoneId zone, DetectorOutput out) {
        if (state.broadcastDue != RosterMember.NO_DAY
                && at >= DayBook.startOf(state.broadcastDue + 1, zone) + settleMillis) {
            broadcast.check(state, state.broadcastSpeakers, zone, out);
            state.broadcastDue = RosterMember.NO_DAY;
            state.broadcastSpeakers = new ArrayList<>();
        }
        dormant.check(state, at - settleMillis, zone, out);
    }

    private void advance(GroupHealthState state, long now, DetectorOutput out) {
        while (!state.days.isEmpty() && state.days.get(0).endMillis + settleMillis <= now) {
            close(state, state.days.get(0), out);
        }
        if (state.dirtySince != RosterMember.UNKNOWN && now >= nextFlush(state)) {
            flush(state, now, out);
        }
    }

    /** The day is over and no event of it can still come: its final row, and what is judged over days. */
    private void close(GroupHealthState state, DayTally day, DetectorOutput out) {
        ZoneId zone = settings.zoneOf(state.brandId);
        Roster roster = new Roster(state.members);
        DayFigures figures = DayFigures.of(roster, day.day, true);
        out.row(DAYS, HealthRows.day(state, day, figures, zone, true, day.endMillis + settleMillis));
        state.lastMemberMessage = Quote.later(state.lastMemberMessage, day.lastMemberMessage);
        state.membersAtLastClose = figures.members();
        state.closedDays.add(new DaySummary(day.day, day.startMillis, figures.members(), day.memberMessages,
                day.staffMessages, day.botMessages, figures.activeMembers7d()));
        if (state.closedDays.size() > settings.broadcastOnly().days()) {
            state.closedDays.remove(0);
        }
        state.closedThrough = day.day;
        state.days.remove(0);
        if (!state.days.isEmpty() && state.days.get(0).day == day.day + 1) {
            state.days.get(0).membersAtStart = figures.members();
        }
        // judged on the job's clock, at the group's next tick or event: a replay's last day closes at the end of the
        // input, a time no event reached
        state.broadcastDue = day.day;
        state.broadcastSpeakers = speakers(roster, day.day);
        memberRows(state, out);
        roster.purge(day.endMillis - settings.timing().memberRetention().toMillis());
    }

    /** The open days' rows as they stand, and the roster rows that changed. */
    private void flush(GroupHealthState state, long now, DetectorOutput out) {
        ZoneId zone = settings.zoneOf(state.brandId);
        Roster roster = new Roster(state.members);
        for (DayTally day : state.days) {
            DayFigures figures = DayFigures.of(roster, day.day, now >= day.endMillis);
            long asOf = Math.min(now, day.endMillis + settleMillis - 1);
            out.row(DAYS, HealthRows.day(state, day, figures, zone, false, asOf));
        }
        memberRows(state, out);
        state.dirtySince = RosterMember.UNKNOWN;
        state.lastFlushAt = now;
    }

    /** An interval after the first change, and at most once an interval: a busy group's row is not rewritten per event. */
    private long nextFlush(GroupHealthState state) {
        long interval = settings.timing().flushInterval().toMillis();
        return Math.max(state.dirtySince, state.lastFlushAt == RosterMember.UNKNOWN ? Long.MIN_VALUE : state.lastFlushAt)
                + interval;
    }

    private static void memberRows(GroupHealthState state, DetectorOutput out) {
        for (RosterMember member : state.members) {
            if (member.unsaved) {
                out.row(MEMBERS, GroupMemberRow.of(state.brandId, state.groupId, member));
                member.unsaved = false;
            }
        }
    }

    private List<String> speakers(Roster roster, int day) {
        List<String> speakers = new ArrayList<>();
        for (RosterMember member : roster.all()) {
            if (member.isCustomer() && member.presentAtEndOf(day) && member.spokeWithin(day, settings.broadcastOnly().days())) {
                speakers.add(member.memberId);
            }
        }
        return speakers;
    }

    private Conversation conversation(GroupHealthState state, DayBook days) {
        return new Conversation(state, days, settings.timing().replyHorizon().toMillis());
    }

    /** No event for so long that the group is taken for gone: its state goes, its last rows stay. */
    private static void forget(GroupHealthState state) {
        state.members.clear();
        state.days.clear();
        state.closedDays.clear();
        state.recent.clear();
        state.pendingReplies.clear();
        state.dormantAlert = null;
        state.broadcastAlert = null;
        state.dirtySince = RosterMember.UNKNOWN;
    }
}
