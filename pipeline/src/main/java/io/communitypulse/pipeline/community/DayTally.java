package io.communitypulse.pipeline.community;

/**
 * The counts of one open day of a group (a day of the brand's zone), until the day closes. Counts are
 * of events, so they do not depend on the order events arrive in. A Flink POJO.
 */
public final class DayTally {

    public int day;
    public long startMillis;
    public long endMillis;
    public int joins;
    public int leaves;
    public int removals;
    public int earlyExits;
    public int memberMessages;
    public int staffMessages;
    public int botMessages;
    public int dailySenders;
    public int memberTopics;
    public int memberReplies;
    /** Members at the end of the day before, once known; -1 until then. */
    public int membersAtStart = -1;
    /** The day's first and last member message (by time, then id): the dormant clock reads them. */
    public Quote firstMemberMessage;
    public Quote lastMemberMessage;

    public DayTally() {}

    DayTally(int day, long startMillis, long endMillis) {
        this.day = day;
        this.startMillis = startMillis;
        this.endMillis = endMillis;
    }
}
