package io.communitypulse.api.health;

import io.communitypulse.api.clickhouse.ClickHouseUnavailable;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/** {@code GET /api/health}: 200 when ClickHouse answers, 503 when it does not. No token needed. */
public final class HealthController {

    private final ClickHouseProbe probe;

    public HealthController(ClickHouseProbe probe) {
        this.probe = probe;
    }

    public void get(Context ctx) {
        try {
            ctx.json(Health.up(probe.version()));
        } catch (ClickHouseUnavailable e) {
            ctx.status(HttpStatus.SERVICE_UNAVAILABLE).json(Health.down(e.getMessage()));
        }
    }
}
