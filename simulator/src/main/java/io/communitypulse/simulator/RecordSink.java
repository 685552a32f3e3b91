package io.communitypulse.simulator;

/** Where simulated records go: files, Kafka, or a test's list. Failures are unchecked. */
public interface RecordSink extends AutoCloseable {

    void accept(TimedRecord record);

    /** Flushes what was accepted; the records are all delivered (or the failure thrown) when it returns. */
    @Override
    void close();
}
