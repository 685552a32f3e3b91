package io.communitypulse.pipeline.storage;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.operators.ProcessingTimeService;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.metrics.Counter;

/**
 * Buffers records and inserts them in batches: when the batch is full, when the oldest buffered record
 * has waited the flush interval, and on every checkpoint (Flink calls {@link #flush} before the barrier
 * passes, so a completed checkpoint means its rows are in ClickHouse). {@link #close()} only lets go of
 * the connection: on failover the buffer is dropped and the restored job sends those records again.
 */
final class ClickHouseSinkWriter<T> implements SinkWriter<T> {

    private final RetryingInsert<T> insert;
    private final SinkSettings settings;
    private final ProcessingTimeService time;
    private final Counter rowsWritten;
    private final List<T> buffer = new ArrayList<>();
    private boolean flushScheduled;

    ClickHouseSinkWriter(RetryingInsert<T> insert, SinkSettings settings, ProcessingTimeService time, Counter rowsWritten) {
        this.insert = insert;
        this.settings = settings;
        this.time = time;
        this.rowsWritten = rowsWritten;
    }

    @Override
    public void write(T record, Context context) throws IOException, InterruptedException {
        buffer.add(record);
        if (buffer.size() >= settings.batchSize()) {
            flushBuffer();
        } else if (!flushScheduled) {
            flushScheduled = true;
            time.registerTimer(time.getCurrentProcessingTime() + settings.flushInterval().toMillis(), now -> {
                flushScheduled = false;
                flushBuffer();
            });
        }
    }

    @Override
    public void flush(boolean endOfInput) throws IOException, InterruptedException {
        flushBuffer();
    }

    private void flushBuffer() throws IOException, InterruptedException {
        if (buffer.isEmpty()) {
            return;
        }
        insert.insert(buffer);
        rowsWritten.inc(buffer.size());
        buffer.clear();
    }

    @Override
    public void close() {
        insert.close();
    }
}
