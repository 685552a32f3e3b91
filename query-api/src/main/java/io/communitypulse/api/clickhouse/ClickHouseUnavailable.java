package io.communitypulse.api.clickhouse;

import java.sql.SQLException;

/** ClickHouse could not answer a query: unreachable, or it rejected the statement. */
public final class ClickHouseUnavailable extends RuntimeException {

    public ClickHouseUnavailable(SQLException cause) {
        super("ClickHouse query failed: " + cause.getMessage(), cause);
    }
}
