package io.communitypulse.pipeline.storage;

import io.communitypulse.pipeline.activity.GroupActivityMinute;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Minute rows into {@code group_activity_minute} (sql/003). */
public final class GroupActivityTable implements TableWriter<GroupActivityMinute> {

    private static final long serialVersionUID = 1L;

    @Override
    public String insertSql() {
        return "INSERT INTO group_activity_minute (brand_id, group_id, minute, member_messages, staff_messages,"
                + " bot_messages, distinct_speakers, negative_messages, positive_messages, joins, leaves, removals,"
                + " events_counted) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    }

    @Override
    public void bind(PreparedStatement statement, GroupActivityMinute row) throws SQLException {
        statement.setString(1, row.brandId());
        statement.setString(2, row.groupId());
        Columns.dateTime(statement, 3, row.minuteStartMillis());
        statement.setLong(4, row.memberMessages());
        statement.setLong(5, row.staffMessages());
        statement.setLong(6, row.botMessages());
        statement.setLong(7, row.distinctSpeakers());
        statement.setLong(8, row.negativeMessages());
        statement.setLong(9, row.positiveMessages());
        statement.setLong(10, row.joins());
        statement.setLong(11, row.leaves());
        statement.setLong(12, row.removals());
        statement.setLong(13, row.eventsCounted());
    }
}
