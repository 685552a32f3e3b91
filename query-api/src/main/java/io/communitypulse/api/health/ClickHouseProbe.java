package io.communitypulse.api.health;

import io.communitypulse.api.clickhouse.ClickHouse;
import java.util.List;

/** Asks ClickHouse for its version: the cheapest proof that it answers queries. */
public final class ClickHouseProbe {

    private final ClickHouse clickHouse;

    public ClickHouseProbe(ClickHouse clickHouse) {
        this.clickHouse = clickHouse;
    }

    public String version() {
        return clickHouse.query("SELECT version() AS version", List.of(), row -> row.getString("version")).get(0);
    }
}
