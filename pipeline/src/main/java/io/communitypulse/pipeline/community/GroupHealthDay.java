package io.communitypulse.pipeline.community;

/**
 * A row of {@code group_health_daily}: one group's health on one day of the brand's zone, as of
 * {@code asOfMillis} (event time); the last row of a day has {@code dayComplete}.
 *
 * @param epochDay             the day, as days since 1970-01-01
 * @param members              members (customers) in the group at the end of the day (now, for the current day)
 * @param membersAtStart       members at the end of the day before
 * @param earlyExits           members who left on their own within 24 h of joining
 * @param dailySenders         distinct members who sent a message that day
 * @param activeMembers7d      members in the group who sent a message on one of the seven days up to this one
 * @param lastMemberMessageAt  the group's latest member message so far, or {@link RosterMember#UNKNOWN}
 */
public record GroupHealthDay(String brandId, String groupId, int epochDay, String timeZone, String groupName,
                             int members, int membersAtStart, int staff, int bots, int joins, int leaves, int removals,
                             int earlyExits, int dailySenders,
                             int activeMembers7d, int memberMessages, int staffMessages, int botMessages,
                             int memberTopics, int memberReplies, long lastMemberMessageAt, boolean dayComplete,
                             long asOfMillis) {

    public int netGrowth() {
        return joins - leaves - removals;
    }

    /** Members who went (left or were removed) per member at the start of the day; 0 for an empty group. */
    public double exitRate() {
        return membersAtStart == 0 ? 0 : (leaves + removals) / (double) membersAtStart;
    }

    public double activeRate() {
        return members == 0 ? 0 : activeMembers7d / (double) members;
    }

    /** The brand's share of the day's messages: staff and bots. */
    public double staffShare() {
        int messages = memberMessages + staffMessages + botMessages;
        return messages == 0 ? 0 : (staffMessages + botMessages) / (double) messages;
    }
}
