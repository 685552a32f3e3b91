package io.communitypulse.api.groups;

import io.javalin.http.BadRequestResponse;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The orders {@code GET /api/groups} can be sorted in: a fixed list, so no caller's text reaches the SQL. */
public enum GroupSort {

    ACTIVE_RATE("c.active_rate", "asc"),
    MEMBERS("c.members", "desc"),
    EXITS("exits_7d", "desc"),
    EARLY_EXITS("early_exits_7d", "desc"),
    ALERTS("open_alerts", "desc"),
    LAST_MEMBER_MESSAGE("last_member_message_ms", "asc"),
    GROUP("c.group_id", "asc");

    private final String column;
    private final String defaultOrder;

    GroupSort(String column, String defaultOrder) {
        this.column = column;
        this.defaultOrder = defaultOrder;
    }

    /** The worst first: the lowest active rate, the most exits or alerts, the longest silence. */
    String defaultOrder() {
        return defaultOrder;
    }

    String column() {
        return column;
    }

    String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static GroupSort parse(String value) {
        return Arrays.stream(values()).filter(sort -> sort.wireName().equals(value)).findFirst()
                .orElseThrow(() -> new BadRequestResponse("parameter 'sort' must be one of " + names() + ", got '" + value + "'"));
    }

    static String order(String value, GroupSort sort) {
        if (value == null) {
            return sort.defaultOrder;
        }
        if (!value.equals("asc") && !value.equals("desc")) {
            throw new BadRequestResponse("parameter 'order' must be asc or desc, got '" + value + "'");
        }
        return value;
    }

    private static String names() {
        return Arrays.stream(values()).map(GroupSort::wireName).collect(Collectors.joining(", "));
    }
}
