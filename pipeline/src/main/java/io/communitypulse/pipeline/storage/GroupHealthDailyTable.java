package io.communitypulse.pipeline.storage;

import io.communitypulse.pipeline.community.GroupHealthDay;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;

/** Group-day rows into {@code group_health_daily} (sql/011). */
public final class GroupHealthDailyTable implements TableWriter<GroupHealthDay> {

    private static final long serialVersionUID = 1L;

    @Override
    public String insertSql() {
        return "INSERT INTO group_health_daily (brand_id, group_id, day, time_zone, group_name, members, members_at_start,"
                + " staff, bots, joins, leaves, removals, net_growth, exit_rate, early_exits, daily_senders,"
                + " active_members_7d, active_rate, member_messages, staff_messages,"
                + " bot_messages, staff_share, member_topics, member_replies, last_member_message_at, day_complete, as_of)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    }

    @Override
    public void bind(PreparedStatement statement, GroupHealthDay row) throws SQLException {
        int i = 0;
        statement.setString(++i, row.brandId());
        statement.setString(++i, row.groupId());
        statement.setString(++i, LocalDate.ofEpochDay(row.epochDay()).toString());
        statement.setString(++i, row.timeZone());
        statement.setString(++i, row.groupName());
        for (int count : new int[] {row.members(), row.membersAtStart(), row.staff(), row.bots(), row.joins(), row.leaves(),
                row.removals(), row.netGrowth()}) {
            statement.setInt(++i, count);
        }
        statement.setDouble(++i, row.exitRate());
        for (int count : new int[] {row.earlyExits(), row.dailySenders(),
                row.activeMembers7d()}) {
            statement.setInt(++i, count);
        }
        statement.setDouble(++i, row.activeRate());
        for (int count : new int[] {row.memberMessages(), row.staffMessages(), row.botMessages()}) {
            statement.setInt(++i, count);
        }
        statement.setDouble(++i, row.staffShare());
        statement.setInt(++i, row.memberTopics());
        statement.setInt(++i, row.memberReplies());
        Columns.nullableDateTime(statement, ++i, row.lastMemberMessageAt(), Long.MIN_VALUE);
        statement.setInt(++i, row.dayComplete() ? 1 : 0);
        Columns.dateTime(statement, ++i, row.asOfMillis());
    }
}
