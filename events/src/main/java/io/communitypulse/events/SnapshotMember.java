package io.communitypulse.events;

import java.time.Instant;

/**
 * One person in a {@link GroupSnapshot}.
 *
 * @param memberId the same id as {@code sender_id} in chat and {@code member_id} in membership changes
 * @param role     {@code member} (customer, WeCom type 2), {@code staff} (the brand's users, type 1) or {@code bot}
 * @param joinedAt when they joined the group (WeCom {@code join_time}), or null when unknown
 */
public record SnapshotMember(String memberId, SenderRole role, Instant joinedAt) {}
