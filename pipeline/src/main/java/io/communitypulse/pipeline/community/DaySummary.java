package io.communitypulse.pipeline.community;

/** What a closed day leaves behind for the judgements over several days (broadcast_only). A Flink POJO. */
public final class DaySummary {

    public int day;
    public long startMillis;
    public int members;
    public int memberMessages;
    public int staffMessages;
    public int botMessages;
    public int activeMembers7d;

    public DaySummary() {}

    DaySummary(int day, long startMillis, int members, int memberMessages, int staffMessages, int botMessages,
               int activeMembers7d) {
        this.day = day;
        this.startMillis = startMillis;
        this.members = members;
        this.memberMessages = memberMessages;
        this.staffMessages = staffMessages;
        this.botMessages = botMessages;
        this.activeMembers7d = activeMembers7d;
    }

    int messages() {
        return memberMessages + staffMessages + botMessages;
    }
}
