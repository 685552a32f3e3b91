package io.communitypulse.pipeline.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.communitypulse.testing.ClickHouseExtension;
import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** One table's inserts against the real embedded ClickHouse, through the faults a server really has. */
class RetryingInsertITCase {

    @RegisterExtension
    static final ClickHouseExtension CLICKHOUSE = new ClickHouseExtension();

    /** Rows of the test's own table: an id per row. */
    record Row(String id) {}

    static final class RowsTable implements TableWriter<Row> {
        private final String table;

        RowsTable(String table) {
            this.table = table;
        }

        @Override
        public String insertSql() {
            return "INSERT INTO " + table + " (id) VALUES (?)";
        }

        @Override
        public void bind(PreparedStatement statement, Row row) throws SQLException {
            statement.setString(1, row.id());
        }
    }

    private static final SinkSettings QUICK = SinkSettings.DEFAULTS
            .withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(2))
            .withRetryFor(Duration.ofSeconds(60));

    @BeforeEach
    void emptyTable() throws SQLException {
        CLICKHOUSE.execute("CREATE TABLE IF NOT EXISTS sink_rows (id String) ENGINE = MergeTree ORDER BY id");
        CLICKHOUSE.execute("TRUNCATE TABLE sink_rows");
    }

    @Test
    void shouldWriteEveryRowOfABatch() throws Exception {
        try (RetryingInsert<Row> insert = RetryingInsert.create(CLICKHOUSE.jdbcUrl(), new RowsTable("sink_rows"), QUICK)) {
            insert.insert(rows(1_000));

            assertThat(CLICKHOUSE.count("SELECT uniqExact(id) FROM sink_rows")).isEqualTo(1_000);
            assertThat(insert.failedAttempts()).isZero();
        }
    }

    @Test
    void shouldRideOutAServerKilledAndStartedAgainOnTheSameData() throws Exception {
        try (RetryingInsert<Row> insert = RetryingInsert.create(CLICKHOUSE.jdbcUrl(), new RowsTable("sink_rows"), QUICK)) {
            insert.insert(rows(10));
            CLICKHOUSE.kill();

            CompletableFuture<Void> written = CompletableFuture.runAsync(() -> insertUnchecked(insert, rows(100)));
            awaitFailedAttempts(insert, 2);
            CLICKHOUSE.startAgain();
            written.get(60, TimeUnit.SECONDS);

            assertThat(CLICKHOUSE.count("SELECT uniqExact(id) FROM sink_rows")).isEqualTo(100);
        }
    }

    @Test
    void aFrozenServerIsAnErrorAfterTheSocketTimeoutNotABlock() throws Exception {
        SinkSettings budget = QUICK.withRetryFor(Duration.ofSeconds(3));
        try (RetryingInsert<Row> insert = RetryingInsert.create(CLICKHOUSE.jdbcUrl(), new RowsTable("sink_rows"), budget)) {
            CLICKHOUSE.freeze();
            try {
                long started = System.nanoTime();
                CompletableFuture<Void> written = CompletableFuture.runAsync(() -> insertUnchecked(insert, rows(10)));

                // the budget plus one socket timeout for the attempt under way, and slack for a busy machine
                assertThatThrownBy(() -> written.get(30, TimeUnit.SECONDS))
                        .hasRootCauseInstanceOf(java.net.SocketTimeoutException.class)
                        .hasMessageContaining("sink_rows");
                assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofSeconds(3));
            } finally {
                CLICKHOUSE.thaw();
            }
        }
    }

    @Test
    void givesUpAfterTheRetryBudgetNamingTheTableAndTheCause() throws Exception {
        SinkSettings budget = QUICK.withRetryFor(Duration.ofSeconds(2));
        String nobodyListens = "jdbc:clickhouse://127.0.0.1:" + io.communitypulse.clickhouse.embedded.FreePort.pick() + "/x";
        try (RetryingInsert<Row> insert = RetryingInsert.create(nobodyListens, new RowsTable("sink_rows"), budget)) {
            assertThatThrownBy(() -> insert.insert(rows(1)))
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining("into sink_rows failed for")
                    .hasMessageContaining("retry budget 2 s");
            assertThat(insert.failedAttempts()).isGreaterThan(1);
        }
    }

    @Test
    void aStatementTheServerRefusesFailsAtOnce() throws Exception {
        try (RetryingInsert<Row> insert = RetryingInsert.create(CLICKHOUSE.jdbcUrl(), new RowsTable("no_such_table"), QUICK)) {
            assertThatThrownBy(() -> insert.insert(rows(1)))
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining("ClickHouse refused the insert into no_such_table");
            assertThat(insert.failedAttempts()).isEqualTo(1);
        }
    }

    private static List<Row> rows(int n) {
        return IntStream.range(0, n).mapToObj(i -> new Row("r" + i)).toList();
    }

    private static void insertUnchecked(RetryingInsert<Row> insert, List<Row> rows) {
        try {
            insert.insert(rows);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static void awaitFailedAttempts(RetryingInsert<Row> insert, long n) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (insert.failedAttempts() < n) {
            assertThat(System.nanoTime()).as("%d failed attempts within 30 s", n).isLessThan(deadline);
            TimeUnit.MILLISECONDS.sleep(50);
        }
    }
}
