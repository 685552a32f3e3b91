package io.communitypulse.pipeline.storage;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Binds the column types our tables share, the same way everywhere. */
public final class Columns {

    /** ClickHouse parses this text in the column's time zone, which is UTC in every table. */
    private static final DateTimeFormatter DATE_TIME_64 =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS").withZone(ZoneOffset.UTC);

    private Columns() {}

    public static void dateTime(PreparedStatement statement, int index, long epochMillis) throws SQLException {
        statement.setString(index, DATE_TIME_64.format(Instant.ofEpochMilli(epochMillis)));
    }

    /** A Nullable(DateTime64) column: NULL for {@code unknownMillis}. */
    public static void nullableDateTime(PreparedStatement statement, int index, long epochMillis, long unknownMillis)
            throws SQLException {
        if (epochMillis == unknownMillis) {
            statement.setNull(index, java.sql.Types.VARCHAR);
        } else {
            dateTime(statement, index, epochMillis);
        }
    }

    public static void dateTimeArray(PreparedStatement statement, int index, long[] epochMillis) throws SQLException {
        String[] texts = new String[epochMillis.length];
        for (int i = 0; i < epochMillis.length; i++) {
            texts[i] = DATE_TIME_64.format(Instant.ofEpochMilli(epochMillis[i]));
        }
        statement.setObject(index, texts);
    }

    public static void stringArray(PreparedStatement statement, int index, List<String> values) throws SQLException {
        statement.setObject(index, values.toArray(String[]::new));
    }

    public static void nullableAsEmpty(PreparedStatement statement, int index, String value) throws SQLException {
        statement.setString(index, value == null ? "" : value);
    }
}
