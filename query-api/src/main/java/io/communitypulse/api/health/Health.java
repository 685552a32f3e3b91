package io.communitypulse.api.health;

/** The body of {@code GET /api/health}. */
public record Health(String status, ClickHouseStatus clickhouse) {

    /** Whether ClickHouse answered, and with which version or error. */
    public record ClickHouseStatus(boolean reachable, String version, String error) {
    }

    static Health up(String version) {
        return new Health("ok", new ClickHouseStatus(true, version, null));
    }

    static Health down(String error) {
        return new Health("unavailable", new ClickHouseStatus(false, null, error));
    }
}
