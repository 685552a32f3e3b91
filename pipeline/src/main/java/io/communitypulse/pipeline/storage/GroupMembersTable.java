package io.communitypulse.pipeline.storage;

import io.communitypulse.pipeline.community.GroupMemberRow;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Roster rows into {@code group_members} (sql/011). */
public final class GroupMembersTable implements TableWriter<GroupMemberRow> {

    private static final long serialVersionUID = 1L;
    private static final long UNKNOWN = Long.MIN_VALUE;

    @Override
    public String insertSql() {
        return "INSERT INTO group_members (brand_id, group_id, member_id, role, in_group, joined_at, left_at, departure,"
                + " last_spoke_at, known_from, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    }

    @Override
    public void bind(PreparedStatement statement, GroupMemberRow row) throws SQLException {
        statement.setString(1, row.brandId());
        statement.setString(2, row.groupId());
        statement.setString(3, row.memberId());
        statement.setString(4, row.role());
        statement.setInt(5, row.inGroup() ? 1 : 0);
        Columns.nullableDateTime(statement, 6, row.joinedAtMillis(), UNKNOWN);
        Columns.nullableDateTime(statement, 7, row.leftAtMillis(), UNKNOWN);
        statement.setString(8, row.departure());
        Columns.nullableDateTime(statement, 9, row.lastSpokeAtMillis(), UNKNOWN);
        statement.setString(10, row.knownFrom());
        Columns.dateTime(statement, 11, row.updatedAtMillis());
    }
}
