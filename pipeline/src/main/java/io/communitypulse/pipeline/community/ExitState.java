package io.communitypulse.pipeline.community;

import io.communitypulse.events.alert.Alert;
import java.util.ArrayList;
import java.util.List;

/**
 * What the exit alerts keep about one group: recent joins and voluntary leaves, member messages
 * urging others to leave, and the open mass_exit and early_exits alerts. Small: only the days the
 * rules look back over. A Flink POJO.
 */
public final class ExitState {

    public String brandId;
    public String groupId;
    /** The first event of the group this state has seen: how far back its own normal rate reaches. */
    public long observedSince = RosterMember.UNKNOWN;
    public long lastEventAt = RosterMember.UNKNOWN;
    /** Members (customers) as the last snapshot listed them, with joins and leaves since; -1 when unknown. */
    public int members = -1;
    /** Join events, oldest first. */
    public List<RecentJoin> joins = new ArrayList<>();
    /** Members leaving on their own, oldest first. */
    public List<RecentLeave> leaves = new ArrayList<>();
    /** Member messages urging others to leave or to stop buying, oldest first. */
    public List<Quote> urging = new ArrayList<>();
    public Alert massExit;
    public long massExitFirstLeave;
    public long massExitLastLeave;
    public ExitBaseline massExitBaseline;
    public Alert earlyExits;
    public int earlyExitsAlerted;
    /** When early_exits must next be judged again though no event comes: a join drops out of its period. */
    public long nextEarlyCheck = Long.MAX_VALUE;

    public ExitState() {}

    boolean isEmpty() {
        return observedSince == RosterMember.UNKNOWN && joins.isEmpty() && leaves.isEmpty() && urging.isEmpty()
                && massExit == null && earlyExits == null;
    }

    /** No event for so long that the group is taken for gone ({@link HealthTiming#forgetGroupAfter()}). */
    void forget() {
        observedSince = RosterMember.UNKNOWN;
        members = -1;
        joins.clear();
        leaves.clear();
        urging.clear();
        massExit = null;
        earlyExits = null;
        nextEarlyCheck = Long.MAX_VALUE;
    }
}
