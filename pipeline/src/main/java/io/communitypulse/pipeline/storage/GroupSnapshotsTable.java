package io.communitypulse.pipeline.storage;

import io.communitypulse.events.GroupSnapshot;
import io.communitypulse.events.SenderRole;
import io.communitypulse.events.SnapshotMember;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Snapshots into {@code group_snapshots} (sql/011). */
public final class GroupSnapshotsTable implements TableWriter<GroupSnapshot> {

    private static final long serialVersionUID = 1L;

    @Override
    public String insertSql() {
        return "INSERT INTO group_snapshots (brand_id, group_id, taken_at, event_id, group_name, owner_id, member_count,"
                + " staff_count, bot_count, member_ids) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    }

    @Override
    public void bind(PreparedStatement statement, GroupSnapshot snapshot) throws SQLException {
        statement.setString(1, snapshot.brandId());
        statement.setString(2, snapshot.groupId());
        Columns.dateTime(statement, 3, snapshot.takenAt().toEpochMilli());
        statement.setString(4, snapshot.eventId());
        Columns.nullableAsEmpty(statement, 5, snapshot.groupName());
        Columns.nullableAsEmpty(statement, 6, snapshot.ownerId());
        statement.setLong(7, count(snapshot, SenderRole.MEMBER));
        statement.setLong(8, count(snapshot, SenderRole.STAFF));
        statement.setLong(9, count(snapshot, SenderRole.BOT));
        Columns.stringArray(statement, 10, snapshot.members().stream().map(SnapshotMember::memberId).toList());
    }

    private static long count(GroupSnapshot snapshot, SenderRole role) {
        return snapshot.members().stream().filter(member -> member.role() == role).count();
    }
}
