package io.communitypulse.pipeline.community;

import io.communitypulse.events.ChatMessage;
import io.communitypulse.events.GroupSnapshot;
import io.communitypulse.events.MembershipChange;
import io.communitypulse.events.MembershipChangeKind;
import io.communitypulse.events.SenderRole;
import io.communitypulse.pipeline.timeline.Detector;
import io.communitypulse.pipeline.timeline.DetectorOutput;
import io.communitypulse.pipeline.timeline.GroupEvent;
import org.apache.flink.api.common.typeinfo.TypeInformation;

/**
 * The {@code mass_exit} and {@code early_exits} alerts on a group's ordered stream. Its state is
 * small (the days the rules look back over), so a late event replays the group's recent events
 * ({@link LatePolicy#REPLAY}) and the alerts come out as if every event had arrived in order. A group
 * without any event for the forget-after period is forgotten on its next tick.
 */
public final class ExitDetector implements Detector<ExitState> {

    private static final long serialVersionUID = 1L;

    private final MassExitWatch massExit;
    private final EarlyExitWatch earlyExits;
    private final long forgetAfterMillis;

    public ExitDetector(HealthSettings settings) {
        this.massExit = new MassExitWatch(settings.massExit());
        this.earlyExits = new EarlyExitWatch(settings.earlyExits());
        this.forgetAfterMillis = settings.timing().forgetGroupAfter().toMillis();
    }

    @Override
    public String name() {
        return "community-exits";
    }

    @Override
    public TypeInformation<ExitState> stateType() {
        return TypeInformation.of(ExitState.class);
    }

    @Override
    public ExitState newState() {
        return new ExitState();
    }

    @Override
    public void onEvent(ExitState state, GroupEvent event, DetectorOutput out) {
        if (event.tick != null) {
            if (state.isEmpty()) {
                return;
            }
            if (event.tick.atMillis - state.lastEventAt >= forgetAfterMillis) {
                state.forget();
            } else {
                advance(state, event.tick.atMillis, out);
            }
            return;
        }
        if (event.membership == null && event.snapshot == null && event.message == null) {
            return;
        }
        long at = event.timeMillis();
        state.brandId = event.brandId();
        state.groupId = event.groupId();
        if (!state.isEmpty()) {
            advance(state, at, out); // an event is the job's clock too: a group that talks gets no ticks
        }
        if (state.observedSince == RosterMember.UNKNOWN || at < state.observedSince) {
            state.observedSince = at;
        }
        state.lastEventAt = Math.max(state.lastEventAt, at);
        if (event.membership != null) {
            change(state, event.membership, out);
        } else if (event.snapshot != null) {
            state.members = customers(event.snapshot);
        } else {
            ChatMessage message = event.message.message();
            if (message.senderRole() == SenderRole.MEMBER && UrgingPhrases.find(message.text()) != null) {
                state.urging.add(new Quote(message.eventId(), message.senderId(), Quote.shorten(message.text()), at));
            }
        }
    }

    /**
     * Time passes only with the job's clock (the group's ticks), never with the end of the input: a replayed
     * file that ends within an hour of a mass exit leaves it open instead of ending it at a time no event reached.
     */
    private void advance(ExitState state, long timeMillis, DetectorOutput out) {
        massExit.onTime(state, timeMillis, out);
        // judged at the very moments a join drops out of the period, whatever tick or event comes after them
        while (state.nextEarlyCheck <= timeMillis) {
            long at = state.nextEarlyCheck;
            earlyExits.evaluate(state, at, out);
            state.nextEarlyCheck = earlyExits.nextChange(state, at);
        }
        prune(state, timeMillis);
    }

    @Override
    public boolean isEmpty(ExitState state) {
        return state.isEmpty();
    }

    private void change(ExitState state, MembershipChange change, DetectorOutput out) {
        long at = change.occurredAt().toEpochMilli();
        if (change.change() == MembershipChangeKind.JOIN) {
            state.joins.add(new RecentJoin(change.memberId(), at));
            state.members = state.members < 0 ? -1 : state.members + 1;
        } else {
            state.members = state.members <= 0 ? state.members : state.members - 1;
            if (change.change() == MembershipChangeKind.LEAVE) {
                RecentLeave leave = new RecentLeave(change.memberId(), change.eventId(), at);
                state.leaves.add(leave);
                markLeft(state, leave);
                massExit.onLeave(state, leave, out);
            }
        }
        earlyExits.evaluate(state, at, out);
        state.nextEarlyCheck = earlyExits.nextChange(state, at);
    }

    /** Their latest join before the leave, if the state has it, learns when they left. */
    private static void markLeft(ExitState state, RecentLeave leave) {
        for (int i = state.joins.size() - 1; i >= 0; i--) {
            RecentJoin join = state.joins.get(i);
            if (join.memberId.equals(leave.memberId) && join.atMillis <= leave.atMillis) {
                if (join.leftAtMillis == RosterMember.UNKNOWN) {
                    join.leftAtMillis = leave.atMillis;
                    join.leaveEventId = leave.eventId;
                }
                return;
            }
        }
    }

    private void prune(ExitState state, long nowMillis) {
        long keepJoins = earlyExits.keepJoinsFrom(nowMillis);
        state.joins.removeIf(join -> join.atMillis < keepJoins);
        long keepLeaves = massExit.keepFrom(state, nowMillis);
        state.leaves.removeIf(leave -> leave.atMillis < keepLeaves);
        long keepUrging = massExit.keepUrgingFrom(state, nowMillis);
        state.urging.removeIf(quote -> quote.atMillis < keepUrging);
    }

    private static int customers(GroupSnapshot snapshot) {
        return (int) snapshot.members().stream().filter(m -> m.role() == SenderRole.MEMBER).count();
    }
}
