package io.communitypulse.api.clickhouse;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/** A WHERE clause built from conditions with {@code ?} placeholders and their values, in order. */
public final class Where {

    private final List<String> conditions = new ArrayList<>();
    private final List<Object> parameters = new ArrayList<>();

    public Where and(String condition, Object... values) {
        conditions.add(condition);
        Collections.addAll(parameters, values);
        return this;
    }

    /** {@code column IN (?, ?, ...)}; an empty collection matches nothing. */
    public Where andIn(String column, Collection<String> values) {
        if (values.isEmpty()) {
            return and("0");
        }
        String placeholders = String.join(", ", Collections.nCopies(values.size(), "?"));
        return and(column + " IN (" + placeholders + ")", values.toArray());
    }

    public String sql() {
        return conditions.isEmpty() ? "" : "WHERE " + String.join(" AND ", conditions);
    }

    public List<Object> parameters() {
        return List.copyOf(parameters);
    }
}
