package io.communitypulse.pipeline.storage;

import com.clickhouse.client.api.ServerException;
import java.io.IOException;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Inserts one batch of rows into one table, and keeps trying through an outage: a lost connection, a
 * refused one, a server that does not answer within the socket timeout. Each failed attempt drops the
 * connection and waits per {@link Backoff}; when the retry budget is spent the last error is thrown, and
 * Flink restarts the job from its last checkpoint. An error the server gives for the statement itself
 * (an unknown table, a type mismatch) is thrown at once: waiting would not change the answer.
 */
final class RetryingInsert<T> implements AutoCloseable {

    /** Sleeps for a number of nanoseconds. */
    @FunctionalInterface
    interface Sleeper {
        void sleepNanos(long nanos) throws InterruptedException;
    }

    private static final Logger LOG = LoggerFactory.getLogger(RetryingInsert.class);
    private static final Pattern TABLE = Pattern.compile("(?i)INSERT\\s+INTO\\s+([^\\s(]+)");

    private final String jdbcUrl;
    private final TableWriter<T> table;
    private final SinkSettings settings;
    private final LongSupplier nanoTime;
    private final Sleeper sleeper;
    private final String tableName;
    /** The driver itself, not DriverManager, which cannot see drivers in a Flink job jar's class loader. */
    private final Driver driver = new com.clickhouse.jdbc.Driver();
    private Connection connection;
    private volatile long failedAttempts;

    RetryingInsert(String jdbcUrl, TableWriter<T> table, SinkSettings settings, LongSupplier nanoTime, Sleeper sleeper) {
        this.jdbcUrl = jdbcUrl;
        this.table = table;
        this.settings = settings;
        this.nanoTime = nanoTime;
        this.sleeper = sleeper;
        Matcher name = TABLE.matcher(table.insertSql());
        this.tableName = name.find() ? name.group(1) : table.insertSql();
    }

    static <T> RetryingInsert<T> create(String jdbcUrl, TableWriter<T> table, SinkSettings settings) {
        return new RetryingInsert<>(jdbcUrl, table, settings, System::nanoTime, TimeUnit.NANOSECONDS::sleep);
    }

    /** Writes every row, or throws once the retry budget is spent (or at once for a statement the server refuses). */
    void insert(List<T> rows) throws IOException, InterruptedException {
        Backoff backoff = new Backoff(settings.retryFor(), nanoTime.getAsLong());
        int attempt = 1;
        while (true) {
            try {
                insertOnce(rows);
                if (attempt > 1) {
                    LOG.info("ClickHouse insert into {} succeeded at attempt {} after {}", tableName, attempt,
                            backoff.elapsed(nanoTime.getAsLong()));
                }
                return;
            } catch (SQLException e) {
                closeConnection();
                failedAttempts++;
                if (refusedByServer(e)) {
                    throw new ClickHouseWriteException("ClickHouse refused the insert into " + tableName + ": " + describe(e), e);
                }
                OptionalLong wait = backoff.nextWait(nanoTime.getAsLong());
                if (wait.isEmpty()) {
                    throw new ClickHouseWriteException("ClickHouse insert of " + rows.size() + " rows into " + tableName
                            + " failed for " + seconds(backoff.elapsed(nanoTime.getAsLong())) + " (" + attempt
                            + " attempts, retry budget " + seconds(settings.retryFor()) + "): " + describe(e), e);
                }
                if (attempt == 1) {
                    LOG.warn("ClickHouse insert into {} failed, retrying for up to {}: {}", tableName,
                            seconds(settings.retryFor()), describe(e));
                } else {
                    LOG.debug("ClickHouse insert into {} failed again (attempt {}): {}", tableName, attempt, describe(e));
                }
                sleeper.sleepNanos(wait.getAsLong());
                attempt++;
            }
        }
    }

    /** Attempts that failed since this writer started: a sign of trouble even when the data got through. */
    long failedAttempts() {
        return failedAttempts;
    }

    private void insertOnce(List<T> rows) throws SQLException {
        if (connection == null) {
            connection = driver.connect(jdbcUrl, settings.connectionProperties());
        }
        try (PreparedStatement statement = connection.prepareStatement(table.insertSql())) {
            for (T row : rows) {
                table.bind(statement, row);
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    /** The server answered, and its answer is about the statement, not about its own state. */
    private static boolean refusedByServer(SQLException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ServerException server) {
                return !server.isRetryable();
            }
        }
        return false;
    }

    @Override
    public void close() {
        closeConnection();
    }

    private void closeConnection() {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException | RuntimeException alreadyBroken) {
            // the connection is being dropped because it failed; closing it may fail the same way
        }
        connection = null;
    }

    /** The driver's message and, where it differs, the root cause's: "Connection refused", "Read timed out". */
    private static String describe(SQLException e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e ? e.getMessage() : e.getMessage() + " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
    }

    private static String seconds(Duration duration) {
        return duration.toSeconds() + " s";
    }
}
