package io.communitypulse.events;

import java.time.Instant;

/**
 * A member joining or leaving a group, as WeCom's change callbacks report it.
 *
 * @param operatorId the staff member who removed or invited the member, or null
 */
public record MembershipChange(
        String eventId,
        String brandId,
        String groupId,
        String memberId,
        MembershipChangeKind change,
        String operatorId,
        Instant occurredAt) implements PulseEvent {

    public static final String TYPE = "membership_change";

    @Override
    public Instant eventTime() {
        return occurredAt;
    }
}
