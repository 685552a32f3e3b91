package io.communitypulse.pipeline.storage;

import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.connector.jdbc.JdbcConnectionOptions;
import org.apache.flink.connector.jdbc.JdbcExecutionOptions;
import org.apache.flink.connector.jdbc.JdbcStatementBuilder;
import org.apache.flink.connector.jdbc.core.datastream.sink.JdbcSink;

/**
 * Flink's JDBC sink writing to ClickHouse through clickhouse-jdbc. At-least-once, flushed on every
 * checkpoint: a replay may write a row twice, and the tables' ReplacingMergeTree keys make that
 * harmless (ARCHITECTURE.md, replay-safe writes).
 */
public final class ClickHouseSink {

    private static final String DRIVER = "com.clickhouse.jdbc.ClickHouseDriver";

    private ClickHouseSink() {}

    public static <T> Sink<T> of(String jdbcUrl, TableWriter<T> writer) {
        return JdbcSink.<T>builder()
                .withQueryStatement(writer.insertSql(), (JdbcStatementBuilder<T>) writer::bind)
                .withExecutionOptions(JdbcExecutionOptions.builder()
                        .withBatchSize(5_000)
                        .withBatchIntervalMs(500)
                        .withMaxRetries(3)
                        .build())
                .buildAtLeastOnce(new JdbcConnectionOptions.JdbcConnectionOptionsBuilder()
                        .withUrl(jdbcUrl)
                        .withDriverName(DRIVER)
                        .build());
    }
}
