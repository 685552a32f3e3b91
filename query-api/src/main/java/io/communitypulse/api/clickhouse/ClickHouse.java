package io.communitypulse.api.clickhouse;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The ClickHouse database the API reads, reached through clickhouse-jdbc at one JDBC URL with the
 * driver's default settings. Every query is parameterised; a failure becomes
 * {@link ClickHouseUnavailable}, which the API answers with 503.
 */
public final class ClickHouse {

    private final String jdbcUrl;

    private ClickHouse(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
    }

    /** For example {@code jdbc:clickhouse://127.0.0.1:8123/pulse}. */
    public static ClickHouse at(String jdbcUrl) {
        return new ClickHouse(jdbcUrl);
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    /** Maps one result row to a value. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    public <T> List<T> query(String sql, List<?> parameters, RowMapper<T> mapper) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl);
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet rows = statement.executeQuery()) {
                List<T> result = new ArrayList<>();
                while (rows.next()) {
                    result.add(mapper.map(rows));
                }
                return result;
            }
        } catch (SQLException e) {
            throw new ClickHouseUnavailable(e);
        }
    }

    /** An INSERT (or other statement without rows) with parameters. */
    public void execute(String sql, List<?> parameters) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl);
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new ClickHouseUnavailable(e);
        }
    }

    public <T> List<T> query(String sql, Where where, RowMapper<T> mapper) {
        return query(sql.replace("{where}", where.sql()), where.parameters(), mapper);
    }
}
