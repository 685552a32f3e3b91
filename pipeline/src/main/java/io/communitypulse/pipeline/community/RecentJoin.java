package io.communitypulse.pipeline.community;

/** A join event, and when that member left on their own afterwards, if they did. A Flink POJO. */
public final class RecentJoin {

    public String memberId;
    public long atMillis;
    public long leftAtMillis = RosterMember.UNKNOWN;
    public String leaveEventId;

    public RecentJoin() {}

    RecentJoin(String memberId, long atMillis) {
        this.memberId = memberId;
        this.atMillis = atMillis;
    }

    boolean leftWithin(long millis) {
        return leftAtMillis != RosterMember.UNKNOWN && leftAtMillis - atMillis <= millis;
    }
}
