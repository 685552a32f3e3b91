package io.communitypulse.events;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A group as it stands at one moment, with everyone in it (WeCom 客户群详情,
 * {@code externalcontact/groupchat/get}): what lets the pipeline know the members of a group that
 * existed before it started, and correct what lost or reordered join and leave callbacks got wrong.
 *
 * @param groupName the group's name, or null
 * @param ownerId   the staff member who owns the group (WeCom {@code owner}), or null
 * @param members   everyone in the group at {@code takenAt}, each once; never null once validated
 * @param takenAt   when the snapshot was taken: the event time
 */
public record GroupSnapshot(
        String eventId,
        String brandId,
        String groupId,
        String groupName,
        String ownerId,
        List<SnapshotMember> members,
        Instant takenAt) implements PulseEvent {

    public static final String TYPE = "group_snapshot";

    public GroupSnapshot {
        // absent stays null so that the validator can call it missing; a plain ArrayList for Flink's Kryo fallback
        members = members == null ? null : new ArrayList<>(members);
    }

    @Override
    public Instant eventTime() {
        return takenAt;
    }
}
