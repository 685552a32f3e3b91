package io.communitypulse.api.clickhouse;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/** Reads ClickHouse columns into plain Java values. */
public final class Columns {

    private Columns() {
    }

    /** An {@code Array(String)} column; the driver may hand it over as an array or a list. */
    public static List<String> strings(ResultSet row, String column) throws SQLException {
        Array array = row.getArray(column);
        if (array == null) {
            return List.of();
        }
        Object values = array.getArray();
        Collection<?> items = values instanceof Object[] objects ? Arrays.asList(objects) : (Collection<?>) values;
        List<String> result = new ArrayList<>(items.size());
        for (Object item : items) {
            result.add(String.valueOf(item));
        }
        return result;
    }

    /** An {@code Array(DateTime64)} column selected as {@code arrayMap(t -> toUnixTimestamp64Milli(t), ...)}. */
    public static List<Instant> epochMillisArray(ResultSet row, String column) throws SQLException {
        Array array = row.getArray(column);
        if (array == null) {
            return List.of();
        }
        Object values = array.getArray();
        Collection<?> items = values instanceof Object[] objects ? Arrays.asList(objects)
                : values instanceof long[] longs ? Arrays.stream(longs).boxed().toList() : (Collection<?>) values;
        List<Instant> result = new ArrayList<>(items.size());
        for (Object item : items) {
            result.add(Instant.ofEpochMilli(((Number) item).longValue()));
        }
        return result;
    }

    /** A column selected as {@code toUnixTimestamp64Milli(...)}. */
    public static Instant epochMillis(ResultSet row, String column) throws SQLException {
        return Instant.ofEpochMilli(row.getLong(column));
    }
}
