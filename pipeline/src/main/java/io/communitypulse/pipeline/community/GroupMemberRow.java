package io.communitypulse.pipeline.community;

/**
 * A row of {@code group_members}: one person of a group's roster as the pipeline knows them. Times
 * are epoch millis, {@link RosterMember#UNKNOWN} when not known.
 *
 * @param departure    {@code leave}, {@code removed}, {@code missing_from_snapshot}, or empty while in the group
 * @param knownFrom    how the pipeline first learned of them: {@code join}, {@code snapshot}, {@code message}, {@code departure}
 * @param updatedAtMillis the latest event time behind the row: the version that keeps the newest row
 */
public record GroupMemberRow(String brandId, String groupId, String memberId, String role, boolean inGroup,
                             long joinedAtMillis, long leftAtMillis, String departure, long lastSpokeAtMillis,
                             String knownFrom, long updatedAtMillis) {

    static GroupMemberRow of(String brandId, String groupId, RosterMember member) {
        long updated = Math.max(Math.max(member.factAt, member.joinedAt), Math.max(member.leftAt, member.lastSpokeAt));
        return new GroupMemberRow(brandId, groupId, member.memberId, member.role.wireName(), member.present,
                member.joinedAt, member.present ? RosterMember.UNKNOWN : member.leftAt,
                member.present ? "" : wire(member.departure), member.lastSpokeAt, wire(member.knownFrom), updated);
    }

    private static String wire(Enum<?> value) {
        return value.name().equals("NONE") ? "" : value.name().toLowerCase(java.util.Locale.ROOT);
    }
}
