package io.communitypulse.pipeline.storage;

import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;

/**
 * Writes records to a ClickHouse table through clickhouse-jdbc, described by a {@link TableWriter}.
 * At-least-once: every checkpoint flushes, and a restore re-sends what came after the last one; the
 * tables' ReplacingMergeTree keys make a row written twice harmless (ARCHITECTURE.md, replay-safe writes).
 * An outage is ridden out per {@link SinkSettings}: see {@link RetryingInsert}.
 */
public final class ClickHouseSink<T> implements Sink<T> {

    private static final long serialVersionUID = 1L;

    private final String jdbcUrl;
    private final TableWriter<T> table;
    private final SinkSettings settings;

    private ClickHouseSink(String jdbcUrl, TableWriter<T> table, SinkSettings settings) {
        this.jdbcUrl = jdbcUrl;
        this.table = table;
        this.settings = settings;
    }

    public static <T> ClickHouseSink<T> of(String jdbcUrl, TableWriter<T> table, SinkSettings settings) {
        return new ClickHouseSink<>(jdbcUrl, table, settings);
    }

    @Override
    public SinkWriter<T> createWriter(WriterInitContext context) {
        return new ClickHouseSinkWriter<>(RetryingInsert.create(jdbcUrl, table, settings), settings,
                context.getProcessingTimeService(), context.metricGroup().getNumRecordsSendCounter());
    }
}
