package io.communitypulse.pipeline.community;

import io.communitypulse.events.alert.Alert;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything community health keeps about one group: its roster, its open days, the last closed
 * days, recent member messages for replies, and its open dormant_group and broadcast_only alerts.
 * Lists only, each in a fixed order (Flink's serializers do not keep the order of hashed
 * collections). A Flink POJO.
 */
public final class GroupHealthState {

    public String brandId;
    public String groupId;
    public String groupName = "";
    public String ownerId = "";
    /** Sorted by member id. */
    public List<RosterMember> members = new ArrayList<>();
    /** Open days, oldest first. */
    public List<DayTally> days = new ArrayList<>();
    /** The last closed days, oldest first, at most as many as the broadcast rule looks at. */
    public List<DaySummary> closedDays = new ArrayList<>();
    public int closedThrough = RosterMember.NO_DAY;
    /** Members at the end of the last closed day; -1 before one closed. */
    public int membersAtLastClose = -1;
    public long firstSeenAt = RosterMember.UNKNOWN;
    public long lastEventAt = RosterMember.UNKNOWN;
    public long lastSnapshotAt = RosterMember.UNKNOWN;
    /** The latest member message of the closed days. */
    public Quote lastMemberMessage;
    public Alert dormantAlert;
    public Alert broadcastAlert;
    /** The earliest event since the last rows were written; unknown when nothing is waiting. */
    public long dirtySince = RosterMember.UNKNOWN;
    public long lastFlushAt = RosterMember.UNKNOWN;
    /** A day closed whose broadcast_only judgement waits for the next tick, and its speakers; none when NO_DAY. */
    public int broadcastDue = RosterMember.NO_DAY;
    public List<String> broadcastSpeakers = new ArrayList<>();
    /** Sorted by message id. */
    public List<RecentMessage> recent = new ArrayList<>();
    public List<PendingReply> pendingReplies = new ArrayList<>();

    public GroupHealthState() {}

    boolean isEmpty() {
        return members.isEmpty() && days.isEmpty() && dormantAlert == null && broadcastAlert == null;
    }

    void markDirty(long atMillis) {
        if (dirtySince == RosterMember.UNKNOWN || atMillis < dirtySince) {
            dirtySince = atMillis;
        }
    }
}
